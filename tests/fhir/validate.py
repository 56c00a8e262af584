"""Validates FHIR R4 Bundles with an independent validator: fhir.resources (FHIR 4.0.1).

Each resource is validated on its own and the bundle as a whole, and every reference must
resolve to an entry's fullUrl. Before that, a self-check proves the validator rejects broken
resources, so a pass means something.

    python tests/fhir/validate.py [bundle.json ...]
    (default: tests/fixtures/fhir*/*.json and test-output/fhir-edge/*.json)
"""
import copy
import glob
import json
import sys

import fhir.resources
from fhir.resources import construct_fhir_element
from fhir.resources.bundle import Bundle

assert fhir.resources.__fhir_version__ == "4.0.1", fhir.resources.__fhir_version__


def references(node, out):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                out.append(value)
            else:
                references(value, out)
    elif isinstance(node, list):
        for value in node:
            references(value, out)
    return out


def check(bundle):
    """Returns a list of problems (empty when valid)."""
    problems = []
    try:
        Bundle.parse_obj(copy.deepcopy(bundle))
    except Exception as e:  # the validator's own message is the point
        problems.append(f"Bundle: {e}")
    urls = set()
    for i, entry in enumerate(bundle.get("entry", [])):
        resource = entry.get("resource", {})
        urls.add(entry.get("fullUrl"))
        try:
            construct_fhir_element(resource.get("resourceType"), copy.deepcopy(resource))
        except Exception as e:
            problems.append(f"entry {i} {resource.get('resourceType')}: {e}")
    for ref in references(bundle, []):
        if ref not in urls:
            problems.append(f"reference {ref} does not resolve")
    return problems


def self_check(sample):
    broken = copy.deepcopy(sample)
    del broken["entry"][0]["resource"]["intent"]
    assert check(broken), "validator accepted a CarePlan without intent"
    broken = copy.deepcopy(sample)
    broken["entry"][0]["resource"]["created"] = "yesterday"
    assert check(broken), "validator accepted a malformed dateTime"
    broken = copy.deepcopy(sample)
    broken["entry"][1]["resource"]["name"] = "Anna"
    assert check(broken), "validator accepted a string where a HumanName list belongs"
    broken = copy.deepcopy(sample)
    broken["entry"][0]["resource"]["subject"] = {"reference": "urn:uuid:00000000-0000-0000-0000-000000000000"}
    assert check(broken), "a dangling reference went unnoticed"


def main(paths):
    paths = paths or sorted(
        glob.glob("tests/fixtures/fhir/*.json")
        + glob.glob("tests/fixtures/fhir-document/*.json")
        + glob.glob("test-output/fhir-edge/*.json")
    )
    if not paths:
        print("no bundles to validate")
        return 1
    bundles = {p: json.load(open(p, encoding="utf-8")) for p in paths}
    self_check(next(iter(bundles.values())))
    failed = 0
    resources = 0
    for path, bundle in bundles.items():
        problems = check(bundle)
        resources += len(bundle.get("entry", []))
        if problems:
            failed += 1
            print(f"FAIL {path}")
            for p in problems:
                print("   ", p)
        else:
            print(f"ok   {path} ({len(bundle['entry'])} resources)")
    print(f"FHIR R4 (fhir.resources {fhir.resources.__version__}): {len(paths) - failed} passed {failed} failed, {resources} resources")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
