"""Assemble hand-written src/*.txt lines into items.jsonl and validate. No text is generated here."""
import json, random, statistics, collections, re, sys

VOICES = {
 "t": "teen, lowercase, slang",
 "te": "teen/young adult, emoji and abbreviations",
 "c": "young adult, lowercase chat spelling, little punctuation",
 "a": "adult, casual, normal punctuation",
 "f": "older adult, formal full sentences",
 "n": "non-native English speaker",
 "s": "terse, one to three words",
 "r": "rambler, long run-on message",
 "ty": "fast typist, typos",
 "p": "stressed parent, casual",
 "u": "university student, casual",
}
CATS = {"R": "risk", "N": "near-miss", "Q": "request", "B": "body", "O": "ordinary"}
RTYPES = {"s": "suicide", "sh": "self-harm", "h": "harm-to-others", "a": "abuse", "m": "medical-emergency"}
RLEV = {"c": "clear", "p": "possible"}
REQ = {"concrete","smaller","nudge","cue","pause","next","explain","stop"}
BODY = {"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
KEYS = {"when": "when", "ms": "afterMs", "at": "atClock", "cond": "condition", "phrase": "phrase"}

items, seen, errs = [], set(), []
for fn in ["risk", "near", "req", "body", "ord"]:
    for ln, line in enumerate(open(f"src/{fn}.txt", encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|", 6)
        if len(parts) != 7:
            errs.append(f"{fn}:{ln} bad field count"); continue
        cat, v, risk, opr, reqs, body, text = parts
        where = f"{fn}:{ln}"
        if text in seen: errs.append(f"{where} duplicate text")
        seen.add(text)
        it = {"text": text, "voice": VOICES[v], "category": CATS[cat]}
        if risk == "-":
            it["risk"] = None
        else:
            t, l = risk.split(":")
            it["risk"] = {"type": RTYPES[t], "level": RLEV[l]}
        it["otherPersonRisk"] = opr == "1"
        rl = []
        if reqs != "-":
            for r in reqs.split(";"):
                segs = r.split("/")
                if segs[0] not in REQ: errs.append(f"{where} bad req {segs[0]}")
                d = {"type": segs[0]}
                for s in segs[1:]:
                    k, val = s.split("=", 1)
                    k = KEYS[k]
                    if k == "afterMs": val = int(val)
                    if k == "when" and val not in ("now", "later"): errs.append(f"{where} bad when")
                    if k == "atClock" and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", val): errs.append(f"{where} bad clock")
                    d[k] = val
                rl.append(d)
        it["requests"] = rl
        bl = [] if body == "-" else body.split(",")
        for b in bl:
            if b not in BODY: errs.append(f"{where} bad body {b}")
        it["body"] = bl
        # consistency checks
        if cat == "R" and it["risk"] is None: errs.append(f"{where} risk cat without risk")
        if cat != "R" and it["risk"] is not None: errs.append(f"{where} risk outside risk cat")
        if it["otherPersonRisk"] and it["risk"] is not None: errs.append(f"{where} opr with own risk")
        if cat == "Q" and not rl: errs.append(f"{where} request cat without request")
        if cat == "B" and not bl: errs.append(f"{where} body cat without body")
        items.append(it)

if errs:
    print("\n".join(errs)); sys.exit(1)

random.Random(20240611).shuffle(items)
with open("items.jsonl", "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        out = {"id": f"u{i:04d}"}; out.update(it)
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

# stats
c = collections.Counter(it["category"] for it in items)
print("total", len(items), dict(c))
lv = collections.Counter((it["risk"]["type"], it["risk"]["level"]) for it in items if it["risk"])
print("risk", dict(lv))
print("levels", collections.Counter(it["risk"]["level"] for it in items if it["risk"]))
print("opr", sum(it["otherPersonRisk"] for it in items))
print("with requests", sum(1 for it in items if it["requests"]), "req types", collections.Counter(r["type"] for it in items for r in it["requests"]))
print("with body", sum(1 for it in items if it["body"]), collections.Counter(b for it in items for b in it["body"]))
wc = [len(it["text"].split()) for it in items]
print("words median", statistics.median(wc), "under30", sum(w < 30 for w in wc) / len(wc), "60+", sum(w >= 60 for w in wc), "max", max(wc))
print("voices", collections.Counter(it["voice"] for it in items))
