"""Runs the atheris target for a bounded time (issue 7: hostile files; checklist item 10)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.bundles import envelope, payload

pytest.importorskip("atheris")
SECONDS = int(os.environ.get("TUQUAN_FUZZ_SECONDS", "20"))


def seed_corpus(directory: Path) -> None:
    """Valid inputs to mutate from: a signed bundle, its records, a card, a receipt."""
    records = [{"type": "mediation_case", "id": "c1", "version": 1, "updated_at": "2026-11-01",
                "body": {"case_no": "HG-2026-0001"}}]
    jsonl = payload.encode_records(records)
    packed = payload.compress(jsonl)
    manifest = {name: kind() for name, kind in envelope.MANIFEST_TYPES.items()}
    manifest |= {"format": envelope.FORMAT, "payload_len": len(packed), "seq": 1,
                 "uncompressed_len": len(jsonl), "payload_compression": "zstd"}
    inner = envelope.build_inner(manifest, packed, Ed25519PrivateKey.generate())
    card = {"format": "tuquan-card/1", "mode": "team", "id": "t", "name": "Tổ",
            "commune_code": "00004", "signing_public": "ab" * 32, "age_recipient": None}
    receipt = {"format": "tuquan-receipt/1", "body": "{}", "signature": "00" * 64}
    for name, data in (("bundle", inner), ("records", jsonl), ("packed", packed),
                       ("card", json.dumps(card).encode()), ("receipt", json.dumps(receipt).encode())):
        (directory / name).write_bytes(data)


def test_the_parsers_survive_fuzzing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed_corpus(corpus)
    target = Path(__file__).with_name("fuzz_parsers.py")
    done = subprocess.run([sys.executable, str(target), str(corpus), f"-max_total_time={SECONDS}",
                           "-rss_limit_mb=2048", "-timeout=10", f"-artifact_prefix={tmp_path}/"],
                          capture_output=True, text=True, timeout=SECONDS + 120,
                          env=os.environ | {"PYTHONPATH": str(Path(__file__).parents[2])})
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr
