"""atheris target: the bundle envelope, the record parser (what runs after the signature holds),
the zstd unpacker, receipts and key cards. Any exception but the one meant for users is a bug.

Run: python tests/fuzz/fuzz_parsers.py [corpus dir] -max_total_time=SECONDS
"""

import contextlib
import sys

import atheris

# Only our own code is instrumented: instrumenting the libraries it imports (SQLAlchemy above
# all) took half a minute before the first input, and steered the fuzzer into their code.
with atheris.instrument_imports(include=["desktop", "db"]):
    from desktop.core.bundles import envelope, keys, payload, receipts
    from desktop.core.errors import AppError


def one_input(data: bytes) -> None:
    for parse in (envelope.parse_inner, payload.decode_records, keys.read_card,
                  receipts.read_receipt_document,
                  lambda raw: payload.decompress(raw, "zstd", 1 << 20)):
        with contextlib.suppress(AppError):
            parse(data)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
