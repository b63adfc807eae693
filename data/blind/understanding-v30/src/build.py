import json, random, statistics, sys
from collections import Counter
import common, risk, near, req, body, ord as ordmod
I=common.ITEMS
# dedupe check
texts=Counter(i['text'] for i in I); d=[t for t,c in texts.items() if c>1]
assert not d, d
random.seed(30)
random.shuffle(I)
out=[]
for n,i in enumerate(I,1):
    o={"id":f"x{n:04d}","text":i["text"],"voice":i["voice"],"category":i["category"],"risk":i["risk"],
       "otherPersonRisk":i["otherPersonRisk"],"requests":i["requests"],"body":i["body"]}
    out.append(o)
with open("../items.jsonl","w",encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o,ensure_ascii=False).replace("\u200b","\\u200b")+"\n")
