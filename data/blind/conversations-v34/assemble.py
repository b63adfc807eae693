import json,re,statistics
exec(open('b1.py').read()); exec(open('b2.py').read()); exec(open('b3.py').read())
items=B1+B2+B3
out=[];ids=set();wc=[]
bad=["i hear you","valid","journey","you've got this","reach out"]
for (i,topic,voice,turns,ref) in items:
    assert i not in ids; ids.add(i)
    assert 4<=len(turns)<=8, (i,len(turns))
    assert turns[-1][0]=="seeker", i
    for r,t in turns:
        if r=="seeker": wc.append(len(t.split()))
    for b in bad:
        if b in ref.lower(): print("cliche",i,b)
    n=len(re.findall(r'[.!?](\s|$)',ref)); 
    if n>3: print("sentences",i,n)
    o={"id":i,"topic":topic,"voice":voice,"turns":[{"role":r,"text":t} for r,t in turns],"reference":ref}
    out.append(o)
with open('excerpts.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
for l in open('excerpts.jsonl'):
    o=json.loads(l); assert list(o.keys())==["id","topic","voice","turns","reference"]
print(len(out),"items; seeker median words",statistics.median(wc))
