"""Password-protected case files: AES-256-GCM under scrypt, one clear refusal for a wrong
password or any changed byte, nothing readable on disk, and the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkkaart.cli import main
from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import (
    LoadError,
    PasswordNeeded,
    WrongPassword,
    load_case,
    open_case,
    save_case,
)
from netwerkkaart.io.crypto import HEADER_BYTES, MAGIC, CryptoError, Sealer, open_sealed


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("enc") / "casus.netwerkkaart"
    save_case(example_case(), path, Sealer("correct paard batterij"))
    return path


def test_round_trip_and_nothing_readable_on_disk(sealed: Path) -> None:
    data = sealed.read_bytes()
    assert data.startswith(MAGIC)
    for secret in (b"Jan de Vries", b"Maria", b"VOORBEELD", b"format_version", b"06 1234"):
        assert secret not in data
    case, sealer = open_case(sealed, "correct paard batterij")
    assert case == example_case() and sealer is not None
    again = sealed.with_name("opnieuw.netwerkkaart")
    save_case(case, again, sealer)  # saved again under the same password, a fresh nonce
    assert again.read_bytes()[:HEADER_BYTES - 12] == data[:HEADER_BYTES - 12]
    assert again.read_bytes() != data
    assert load_case(again, "correct paard batterij") == case


def test_no_password_asks_for_one_and_a_wrong_one_is_refused(sealed: Path) -> None:
    with pytest.raises(PasswordNeeded):
        load_case(sealed)
    with pytest.raises(WrongPassword, match="Het wachtwoord klopt niet"):
        load_case(sealed, "Correct paard batterij")


def test_any_changed_byte_gives_the_same_single_refusal() -> None:
    from netwerkkaart.io.casefile import to_bytes

    # a cheap key for the test (N = 2^12; the header carries the parameters)
    data = Sealer("correct paard batterij", log2_n=12).seal(to_bytes(example_case()))
    for at in list(range(0, HEADER_BYTES)) + list(range(HEADER_BYTES, len(data), 4999)):
        if at < len(MAGIC):
            continue  # a changed magic is simply not an encrypted file
        broken = bytearray(data)
        broken[at] ^= 0x01
        with pytest.raises(CryptoError):
            open_sealed(bytes(broken), "correct paard batterij")
    with pytest.raises(CryptoError):
        open_sealed(data[:-1], "correct paard batterij")  # truncated


def test_hostile_parameters_are_refused_before_any_work() -> None:
    data = bytearray(Sealer("x" * 8, log2_n=12).seal(b"{}"))
    data[len(MAGIC) + 2] = 30  # log2 N = 30: a gigantic scrypt
    with pytest.raises(CryptoError):
        open_sealed(bytes(data), "x" * 8)


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_path = tmp_path / "c.netwerkkaart"
    save_case(example_case(), case_path)
    good, bad = tmp_path / "pw", tmp_path / "pw2"
    good.write_text("geheim wachtwoord\n")
    bad.write_text("ander\n")
    short = tmp_path / "kort"
    short.write_text("abc\n")
    assert main(["encrypt", str(case_path), "--password-file", str(short)]) == 2
    assert "minstens 8" in capsys.readouterr().err
    assert main(["encrypt", str(case_path), "--password-file", str(good)]) == 0
    assert b"Jan de Vries" not in case_path.read_bytes()
    assert main(["encrypt", str(case_path), "--password-file", str(good)]) == 2
    assert main(["check", str(case_path)]) == 2
    assert "--password-file" in capsys.readouterr().err
    assert main(["check", str(case_path), "--password-file", str(bad)]) == 2
    assert "wachtwoord klopt niet" in capsys.readouterr().err
    assert main(["check", str(case_path), "--password-file", str(good)]) == 0
    pdf = tmp_path / "c.pdf"
    assert main(["export", str(case_path), "-o", str(pdf), "--password-file", str(good)]) == 0
    svg = tmp_path / "c.svg"
    assert main(["render", str(case_path), "-o", str(svg), "--password-file", str(good)]) == 0
    assert main(["decrypt", str(case_path), "-o", str(case_path), "--password-file",
                 str(good)]) == 2  # never over the protected file itself
    assert b"Jan de Vries" not in case_path.read_bytes()
    plain = tmp_path / "plain.netwerkkaart"
    assert main(["decrypt", str(case_path), "-o", str(plain), "--password-file",
                 str(good)]) == 0
    assert load_case(plain) == example_case()
    (tmp_path / "leeg").write_text("")
    assert main(["check", str(case_path), "--password-file", str(tmp_path / "leeg")]) == 2
    with pytest.raises(LoadError):
        load_case(case_path, "")
