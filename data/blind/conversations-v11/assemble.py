import json, importlib.util, glob, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
allitems=[]
for f in sorted(glob.glob('src/*.py')):
    spec=importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    allitems+=m.items
out=[]
ids=set()
for it in allitems:
    d={"id":it["id"],"topic":it["topic"],"voice":it["voice"],
       "turns":[{"role":r,"text":t} for r,t in it["turns"]],"reference":it["reference"]}
    assert d["id"] not in ids, d["id"]; ids.add(d["id"])
    assert 4<=len(d["turns"])<=8, (d["id"],len(d["turns"]))
    assert d["turns"][-1]["role"]=="seeker", d["id"]
    assert isinstance(d["reference"],str) and d["reference"].strip(), d["id"]
    for t in d["turns"]: assert t["role"] in ("supporter","seeker") and t["text"].strip()
    out.append(d)
with open('excerpts.jsonl','w') as fh:
    for d in out: fh.write(json.dumps(d,ensure_ascii=False)+"\n")
# validate
import statistics
rows=[json.loads(l) for l in open('excerpts.jsonl')]
assert all(set(r)=={"id","topic","voice","turns","reference"} for r in rows)
sw=[len(t["text"].split()) for r in rows for t in r["turns"] if t["role"]=="seeker"]
print(len(rows),"items; median seeker words",statistics.median(sw))
print("task:",sum(r["topic"].startswith("task") for r in rows))
for r in rows:
    n=len(r["reference"].split('. '))
    if len(r["reference"])>420: print("long ref",r["id"],len(r["reference"]))
