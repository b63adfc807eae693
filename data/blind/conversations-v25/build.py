import json, statistics, importlib.util
items=[]
for f in ["part1.py","part2.py"]:
    spec=importlib.util.spec_from_file_location(f[:-3],f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m); items+=m.ITEMS
out=[]
for id_,topic,voice,turns,ref in items:
    out.append({"id":id_,"topic":topic,"voice":voice,"turns":[{"role":r,"text":t} for r,t in turns],"reference":ref})
with open("excerpts.jsonl","w") as fh:
    for o in out: fh.write(json.dumps(o,ensure_ascii=False)+"\n")
# validate
ids=set(); words=[]
for line in open("excerpts.jsonl"):
    o=json.loads(line)
    assert set(o)=={"id","topic","voice","turns","reference"}, o["id"]
    assert o["id"] not in ids; ids.add(o["id"])
    assert 4<=len(o["turns"])<=8, o["id"]
    assert o["turns"][-1]["role"]=="seeker", o["id"]
    assert all(set(t)=={"role","text"} and t["role"] in ("supporter","seeker") for t in o["turns"])
    words+=[len(t["text"].split()) for t in o["turns"] if t["role"]=="seeker"]
    for bad in ["I hear you","valid"]: assert bad.lower() not in o["reference"].lower(), o["id"]
print(len(ids),"items; seeker median words",statistics.median(words))
