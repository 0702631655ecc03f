"""Network identifiers: ip."""

from __future__ import annotations

import ipaddress

from .. import model
from .base import TEXTUAL, Strategy
from .registry import strategy

_DOC_V6 = int(ipaddress.IPv6Address("2001:db8::"))  # RFC 3849 documentation prefix, 96 free bits


@strategy
class Ip(Strategy):
    """An IP address of the same family (v4 stays v4, v6 stays v6, a /prefix is kept)."""

    name = "ip"
    kinds = TEXTUAL | {model.INET}
    min_length = 7

    def normalize(self, value, engine):
        try:
            return str(ipaddress.ip_interface(value.strip()))
        except ValueError:
            return value.strip()

    def generate(self, value, draw, engine, max_length):
        text = value.strip()
        address, slash, prefix = text.partition("/")
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            ip = None
        if isinstance(ip, ipaddress.IPv6Address) and (max_length is None or max_length >= 39):
            mapped = ip.ipv4_mapped
            if mapped is not None:
                fake = f"::ffff:{_fake_v4(draw)}"
            else:
                fake = str(ipaddress.IPv6Address(_DOC_V6 | draw.below(1 << 96)))
        else:
            fake = _fake_v4(draw)
        return f"{fake}/{prefix}" if slash else fake


def _fake_v4(draw) -> str:
    """A global unicast IPv4 address (never private, loopback or reserved)."""
    while True:
        candidate = ipaddress.IPv4Address(draw.below(1 << 32))
        if candidate.is_global and not candidate.is_multicast:
            return str(candidate)
