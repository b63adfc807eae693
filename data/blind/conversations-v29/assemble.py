import json, sys
sys.path.insert(0, '.')
from data_a import A; from data_b import B; from data_c import C; from data_d import D
items = A+B+C+D
out = []
for i,t,v,turns,ref in items:
    out.append({"id":i,"topic":t,"voice":v,"turns":[{"role":r,"text":x} for r,x in turns],"reference":ref})
with open('excerpts.jsonl','w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+'\n')
# validate
ids=set(); wc=[]
for line in open('excerpts.jsonl'):
    o=json.loads(line)
    assert set(o)=={"id","topic","voice","turns","reference"}, o['id']
    assert o['id'] not in ids; ids.add(o['id'])
    assert 4<=len(o['turns'])<=8, (o['id'], len(o['turns']))
    assert o['turns'][-1]['role']=='seeker', o['id']
    for t in o['turns']:
        assert set(t)=={"role","text"} and t['role'] in ('supporter','seeker')
        if t['role']=='seeker': wc.append(len(t['text'].split()))
wc.sort()
print(len(ids), 'items; median seeker words', wc[len(wc)//2])
