#!/usr/bin/env python3
"""Regenerates hmac-signing.json: known-answer vectors for the HMAC scheme of docs/kentico-extension.md.

The signatures come from `openssl dgst` (an implementation independent of the companion, the
simulator and .NET), and are cross-checked with Python's hmac module. Each vector records the
exact command line that produced it. Run from anywhere: python3 generate-hmac-signing.py
"""
import hashlib
import hmac
import json
import pathlib
import subprocess

SECRET = "test-secret-test-secret-test-secret-0123"
OTHER_SECRET = "an0ther-secret-for-the-known-answer-vectors"
TIMESTAMP = "1768471200"
ORDER_EVENT = (
    '{"eventId":"6f1d3b0e-2a4c-4d5e-8f90-1a2b3c4d5e6f","type":"order.created",'
    '"objectGuid":"0b7c9d1e-3f40-4a5b-9c6d-7e8f90a1b2c3","occurredAt":"2026-01-15T10:00:00.000Z"}'
)
# Latin-1 range, CJK (3-byte UTF-8) and an emoji outside the BMP (4 bytes, a UTF-16 surrogate pair).
UNICODE_CUSTOMER = '{"CustomerFirstName":"Zoë","CustomerLastName":"Ångström-Łódź","note":"日本語 ✓ 🚀"}'

CASES = [
    {"name": "event: order.created", "kind": "event", "body": ORDER_EVENT},
    {"name": "event: empty body", "kind": "event", "body": ""},
    {"name": "event: unicode body", "kind": "event", "body": UNICODE_CUSTOMER},
    {"name": "event: other secret and timestamp", "kind": "event", "body": ORDER_EVENT,
     "secret": OTHER_SECRET, "timestamp": "1700000000"},
    {"name": "bridge: GET with a percent-encoded query, empty body", "kind": "bridge",
     "method": "GET", "path": "/stock?skus=A-1,B%2C2", "body": ""},
    {"name": "bridge: PUT with a unicode body", "kind": "bridge", "method": "PUT",
     "path": "/customers/0b7c9d1e-3f40-4a5b-9c6d-7e8f90a1b2c3",
     "body": '{"fields":{"CustomerFirstName":"Zoë 🚀"},"origin":"brightpearl"}'},
    # The method is upper-cased before signing: "post" signs as "POST".
    {"name": "bridge: lower-case method, JSON body", "kind": "bridge", "method": "post",
     "path": "/orders/0b7c9d1e-3f40-4a5b-9c6d-7e8f90a1b2c3/shipments",
     "body": '{"shipmentId":"GON-1","lines":[{"sku":"A-1","quantity":2}]}'},
]


def payload_of(case):
    if case["kind"] == "event":
        return f'{case["timestamp"]}.{case["body"]}'
    return f'{case["timestamp"]}.{case["method"].upper()} {case["path"]}.{case["body"]}'


def vector(case):
    case = {"name": "", "kind": "", "secret": SECRET, "timestamp": TIMESTAMP, **case}
    payload = payload_of(case)
    assert "'" not in payload and "'" not in case["secret"], "single quotes would break the command"
    command = f"printf '%s' '{payload}' | openssl dgst -sha256 -hmac '{case['secret']}'"
    out = subprocess.run(["bash", "-c", command], capture_output=True, check=True,
                         env={"LC_ALL": "C.UTF-8"}).stdout.decode()
    digest = out.strip().split("= ")[-1]
    check = hmac.new(case["secret"].encode(), payload.encode(), hashlib.sha256).hexdigest()
    assert digest == check, f"openssl and python disagree on {case['name']}"
    return {**case, "payload": payload, "openssl": command, "signature": f"v1={digest}"}


doc = {
    "description": "Known-answer vectors for the Kentico <-> companion HMAC-SHA256 signing "
    "(docs/kentico-extension.md#signing). Key and payload UTF-8; signature header v1=<lowercase hex>. "
    "Events sign '{timestamp}.{body}'; bridge calls '{timestamp}.{METHOD} {pathWithQuery}.{body}'. "
    "Signatures computed by `openssl dgst` (command beside each) and checked with Python's hmac; "
    "regenerate with generate-hmac-signing.py.",
    "vectors": [vector(c) for c in CASES],
}
target = pathlib.Path(__file__).with_name("hmac-signing.json")
target.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {len(doc['vectors'])} vectors to {target}")
