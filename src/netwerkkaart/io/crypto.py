"""Password-protected case files: AES-256-GCM under a key derived with scrypt.

An encrypted ``.netwerkkaart`` file is a small binary header followed by the whole case file
(the same JSON as an open file), encrypted and authenticated::

    magic (12 bytes) | format 1 | kdf 1 = scrypt | log2 N | r | p | salt (16) | nonce (12)
    | ciphertext with the 16-byte GCM tag

The header is the GCM's associated data, so a changed byte anywhere (header or body) or a
wrong password gives the same single refusal and no data. scrypt with N = 2^17, r = 8, p = 1
(OWASP's advice) takes about 0.3 s and 128 MB once per open or password change; a
:class:`Sealer` keeps the derived key in memory (never on disk, nor the password) so that
saves and recovery copies need no new derivation. The crypto itself is the ``cryptography``
package's, not ours.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..i18n import tr

MAGIC = b"\x89NWKKAART\r\n\x1a"
"""Twelve bytes no JSON file starts with."""
FORMAT = 1
KDF_SCRYPT = 1
LOG2_N, R, P = 17, 8, 1
MAX_LOG2_N, MAX_R, MAX_P = 20, 16, 4
"""Refuse parameters a hostile file could use to make opening take minutes or gigabytes."""
SALT_BYTES, NONCE_BYTES = 16, 12
_HEAD = struct.Struct(">BBBBB")
HEADER_BYTES = len(MAGIC) + _HEAD.size + SALT_BYTES + NONCE_BYTES

WRONG = ("Het wachtwoord klopt niet, of het bestand is beschadigd. Er is niets geopend.")


class CryptoError(ValueError):
    """An encrypted file that cannot be opened; ``str(err)`` is a Dutch message."""


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _derive(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=r, p=p).derive(
        password.encode("utf-8"))


@dataclass
class Sealer:
    """A password's derived key with its salt: encrypts case files for one open case."""

    password: str = field(repr=False)
    salt: bytes = field(default_factory=lambda: os.urandom(SALT_BYTES))
    log2_n: int = LOG2_N
    r: int = R
    p: int = P
    _key: bytes | None = field(default=None, repr=False)

    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = _derive(self.password, self.salt, self.log2_n, self.r, self.p)
            self.password = ""  # the key is all that is kept, and only in memory
        return self._key

    def seal(self, plain: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)  # a fresh nonce for every write
        header = (MAGIC + _HEAD.pack(FORMAT, KDF_SCRYPT, self.log2_n, self.r, self.p)
                  + self.salt + nonce)
        return header + AESGCM(self.key).encrypt(nonce, plain, header)


def encrypt(plain: bytes, password: str) -> bytes:
    return Sealer(password).seal(plain)


def open_sealed(data: bytes, password: str) -> tuple[bytes, Sealer]:
    """The plain bytes of an encrypted file, and a sealer that writes it back the same way."""
    if not is_encrypted(data) or len(data) < HEADER_BYTES + 16:
        raise CryptoError(tr(WRONG))
    at = len(MAGIC)
    fmt, kdf, log2_n, r, p = _HEAD.unpack_from(data, at)
    if fmt != FORMAT or kdf != KDF_SCRYPT:
        raise CryptoError(tr("Dit versleutelde bestand is gemaakt met een nieuwere versie van "
                             "Netwerkkaart; werk Netwerkkaart bij om het te openen."))
    if not (10 <= log2_n <= MAX_LOG2_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        raise CryptoError(tr(WRONG))
    at += _HEAD.size
    salt = data[at:at + SALT_BYTES]
    nonce = data[at + SALT_BYTES:HEADER_BYTES]
    sealer = Sealer(password, salt, log2_n, r, p)
    try:
        plain = AESGCM(sealer.key).decrypt(nonce, data[HEADER_BYTES:], data[:HEADER_BYTES])
    except InvalidTag:
        raise CryptoError(tr(WRONG)) from None
    return plain, sealer


def decrypt(data: bytes, password: str) -> bytes:
    return open_sealed(data, password)[0]
