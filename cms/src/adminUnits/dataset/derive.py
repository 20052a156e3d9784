#!/usr/bin/env python3
"""Derives units-2025.tsv and former-2025.tsv from the public sources named in SOURCE.md.

Run once by hand when the sources change; nothing at run time needs it:

    python3 derive.py OLD.json NEW.json SPLITS.json OUT_DIR

OLD.json    ThangLeQuoc/vietnamese-provinces-database @ v2.4.1,
            json/vn_only_simplified_json_generated_data_vn_units_minified.json (63 provinces)
NEW.json    ThangLeQuoc/vietnamese-provinces-database @ cd58063,
            json/full_json_generated_data_vn_units_2026-07-25__20_49_07.json (34 provinces)
SPLITS.json dvhcvn/20250701 @ dd94887, mapping/splits.json (former commune -> new communes)
"""

import json
import sys
import unicodedata


def nfc(text):
    return unicodedata.normalize("NFC", " ".join(text.split()))


def main(old_path, new_path, splits_path, out_dir):
    old = json.load(open(old_path, encoding="utf-8"))
    new = json.load(open(new_path, encoding="utf-8"))
    splits = json.load(open(splits_path, encoding="utf-8"))["data"]

    old_provinces = {p["Code"]: nfc(p["FullName"]) for p in old}
    old_communes = {}
    for p in old:
        for d in p["District"]:
            for w in d["Ward"] or []:
                old_communes[w["Code"]] = (p["Code"], d["Code"], nfc(d["FullName"]))

    units = []
    new_communes = {}
    for p in new:
        units.append((p["Code"], "province", nfc(p["FullName"]), ""))
        for w in p["Wards"]:
            units.append((w["Code"], "commune", nfc(w["FullName"]), p["Code"]))
            new_communes[w["Code"]] = (p["Code"], nfc(w["FullName"]))
    by_province_name = {(v[0], v[1]): k for k, v in new_communes.items()}

    assert len([u for u in units if u[1] == "province"]) == 34
    assert len(new_communes) == 3321

    former = []
    remapped = {}
    for p in splits:
        for w in p["level3s"]:
            targets = []
            for s in w["splits"]:
                code = s["new_id"]
                if code not in new_communes:
                    # A code the statistics office changed after the mapping was made: the same
                    # name in the same new province is the same commune.
                    matches = [k for (prov, name), k in by_province_name.items() if name == nfc(s["name"])]
                    assert len(matches) == 1, (code, s["name"], matches)
                    remapped[code] = matches[0]
                    code = matches[0]
                targets.append(code)
            split = "1" if len(targets) > 1 else ""
            province_code, district_code, district = old_communes.get(w["level3_id"], (p["level1_id"], "", ""))
            for code in targets:
                former.append(
                    (
                        code,
                        province_code,
                        old_provinces[province_code],
                        district_code,
                        district,
                        w["level3_id"],
                        nfc(w["name"]),
                        split,
                    )
                )

    with open(f"{out_dir}/units-2025.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("code\tlevel\tname\tprovince_code\n")
        for row in units:
            f.write("\t".join(row) + "\n")
    with open(f"{out_dir}/former-2025.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("new_code\told_province_code\told_province\told_district_code\told_district\told_code\told_name\tsplit\n")
        for row in former:
            f.write("\t".join(row) + "\n")
    print(f"{len(units)} units, {len(former)} former-commune rows, remapped codes {remapped}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:5])
