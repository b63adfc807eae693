import json, random, re, statistics, collections
V = {"pl":"non-native (Polish)","br":"non-native (Brazilian Portuguese)","ph":"non-native (Filipino/Tagalog)",
 "wa":"non-native (West African/Nigerian English)","ua":"refugee, non-native (Ukrainian)","es":"non-native (Spanish, Latin American)",
 "vi":"non-native (Vietnamese)","lower":"all-lowercase-no-punctuation","caps":"ALL CAPS burst","emoji":"emoji user",
 "older":"older adult","retiree":"retiree, small town","terse":"terse","ramble":"rambling","rambling":"rambling",
 "teen":"teen","gamer_teen":"teen","student":"student","parent":"tired parent","carer":"carer","pro":"professional",
 "angry":"angry","anxious":"anxious","sarc":"sarcastic","night":"night-shift worker","farmer":"farmer",
 "rider":"delivery rider","apprentice":"apprentice","nurse":"nurse","firstgen":"first-generation university student",
 "refugee":"refugee","rural":"rural American"}
R = {"suicide","self-harm","harm-to-others","abuse","medical-emergency"}
BODY = {"head","face","jaw","throat","neck","shoulders","chest","stomach","back","arms","hands","fingers","legs","feet","breath","whole-body"}
def parse_req(s):
    parts = s.split("|"); d = {"type": parts[0]}
    for p in parts[1:]:
        k, v = p.split("=", 1)
        if k == "ms": d["afterMs"] = int(v)
        elif k == "at": d["atClock"] = v
        elif k == "cond": d["condition"] = v
        elif k == "ph": d["phrase"] = v
        elif k == "w": d["when"] = v
        else: raise ValueError(p)
    if "when" not in d:
        d["when"] = "later" if (d["type"] == "nudge" or "afterMs" in d or "atClock" in d or "condition" in d) else "now"
    order = ["type","when","afterMs","atClock","condition","phrase"]
    return {k: d[k] for k in order if k in d}
items = []
for fn, cat in [("risk","risk"),("near","near-miss"),("req","request"),("body","body"),("ord","ordinary")]:
    for ln in open(f"src/{fn}.txt", encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip(): continue
        meta, text = ln.split(" || ", 1)
        fields = [f.strip() for f in meta.split(";")]
        voice = V[fields[0]]
        it = {"id": None, "text": text.replace("\\u200b", "\u200b"), "voice": voice, "category": cat,
              "risk": None, "otherPersonRisk": False, "requests": [], "body": []}
        for f in fields[1:]:
            if not f: continue
            for sub in f.split("&"):
                k, v = sub.split("=", 1)
                if k == "r":
                    lv, ty = v.split(":"); assert ty in R and lv in ("clear","possible")
                    it["risk"] = {"type": ty, "level": lv}
                elif k == "o": it["otherPersonRisk"] = True
                elif k == "b":
                    it["body"] = v.split(","); assert all(b in BODY for b in it["body"]), v
                elif k == "q": it["requests"].append(parse_req(v))
                else: raise ValueError(sub)
        assert (cat == "risk") == (it["risk"] is not None), ln
        assert (cat == "request") == bool(it["requests"]), ln
        if cat == "body": assert it["body"], ln
        items.append(it)
# duplicates check
texts = collections.Counter(i["text"] for i in items)
d = [t for t, c in texts.items() if c > 1]
assert not d, d
random.Random(1107).shuffle(items)
for n, it in enumerate(items, 1): it["id"] = f"x{n:04d}"
with open("items.jsonl", "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
# validate
keys = ["id","text","voice","category","risk","otherPersonRisk","requests","body"]
rows = [json.loads(l) for l in open("items.jsonl", encoding="utf-8")]
for r in rows: assert list(r.keys()) == keys
# stats
S = []
P = lambda *a: S.append(" ".join(str(x) for x in a))
P("total", len(rows))
P("## categories"); [P("-", k, v) for k, v in collections.Counter(r["category"] for r in rows).most_common()]
P("## risk type x level"); [P("-", k, v) for k, v in sorted(collections.Counter(f'{r["risk"]["type"]} / {r["risk"]["level"]}' for r in rows if r["risk"]).items())]
P("## otherPersonRisk true", sum(r["otherPersonRisk"] for r in rows))
P("## request types (all requests)"); [P("-", k, v) for k, v in collections.Counter(q["type"] for r in rows for q in r["requests"]).most_common()]
P("## items with >1 request", sum(len(r["requests"]) > 1 for r in rows))
fc = collections.Counter(k for r in rows for q in r["requests"] for k in q)
P("## request field counts"); [P("-", k, v) for k, v in fc.most_common()]
P("## when values"); [P("-", k, v) for k, v in collections.Counter(q["when"] for r in rows for q in r["requests"]).most_common()]
nt = sum(1 for r in rows for q in r["requests"] if q["type"]=="nudge" and ("afterMs" in q or "atClock" in q or "condition" in q))
P("## nudges with delay/clock/trigger", nt)
P("## body parts"); [P("-", k, v) for k, v in collections.Counter(b for r in rows for b in r["body"]).most_common()]
P("## items with body (any category)", sum(bool(r["body"]) for r in rows))
P("## voices"); [P("-", k, v) for k, v in collections.Counter(r["voice"] for r in rows).most_common()]
wl = [len(r["text"].split()) for r in rows]; wl.sort()
P("## words: median", statistics.median(wl), "p90", wl[int(0.9*len(wl))], "share under 30", round(sum(w<30 for w in wl)/len(wl),3))
qm = [r for r in rows if r["category"]!="request"]
P("## question-mark share outside requests", round(sum("?" in r["text"] for r in qm)/len(qm),3))
P("## zero-width chars", sum("\u200b" in r["text"] for r in rows), "cyrillic", sum(bool(re.search("[\u0400-\u04ff]", r["text"])) for r in rows))
open("stats.txt","w").write("\n".join(S)+"\n"); print("\n".join(S))
