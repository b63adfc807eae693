import json, re, statistics, collections
recs=[]
for f in ['src/a.txt','src/b.txt','src/c.txt']:
    for block in open(f).read().split('## ')[1:]:
        lines=[l for l in block.strip().split('\n') if l.strip()]
        id_,topic,voice=[x.strip() for x in lines[0].split(' | ')]
        turns=[];ref=None
        for l in lines[1:]:
            tag,text=l.split(': ',1)
            if tag=='R': ref=text.strip()
            else: turns.append({'role':{'S':'seeker','K':'supporter'}[tag],'text':text.strip()})
        recs.append({'id':id_,'topic':topic,'voice':voice,'turns':turns,'reference':ref})
with open('excerpts.jsonl','w') as o:
    for r in recs: o.write(json.dumps(r,ensure_ascii=False)+'\n')
# validate
ids=set();words=[]
for line in open('excerpts.jsonl'):
    r=json.loads(line)
    assert set(r)=={'id','topic','voice','turns','reference'},r['id']
    assert r['id'] not in ids; ids.add(r['id'])
    assert 4<=len(r['turns'])<=8,(r['id'],len(r['turns']))
    assert r['turns'][-1]['role']=='seeker',r['id']
    assert r['reference'] and all(t['text'] for t in r['turns'])
    words+= [len(t['text'].split()) for t in r['turns'] if t['role']=='seeker']
    nsent=len(re.findall(r'[.?!](\s|$)',r['reference']))
    if nsent>3: print('long ref',r['id'],nsent)
print(len(ids),'excerpts; seeker turns',len(words),'median words',statistics.median(words))
