M={
"my back is killing me from the warehouse":"back",
"my feet are killing me after dancing":"feet",
"my back is killing me po":"back",
"chest really tight and my left arm is numb":"chest,arms,breath",
"my throat is swelling after the prawns":"throat,breath",
"i took too much insulin and im shaking":"whole-body",
"fell off the ladder, hit my head":"head,stomach",
"been having chest pains on and off":"chest",
"crushing pain in my jaw":"jaw,breath",
"keep fainting at work this week":"whole-body",
"i cant feel one side of my face":"face",
"cut my hand on the fish knife":"hands",
"coughing up a bit of blood":"chest",
"swallowed a load of bleach":"throat",
"sudden terrible headache":"head,stomach",
"my heart keeps doing this weird racing thing":"chest,head",
"back pain flared up again":"back",
"my hands are shaking, can you just say":"hands",
"took the whole strip. feeling weird now":"whole-body",
}
used=set()
for f in ['risk.txt','near.txt','req.txt','ord.txt','extra.txt','extra2.txt']:
    L=open(f,encoding='utf-8').read().split('\n')
    for i,l in enumerate(L):
        if not l: continue
        p=l.split('|',6)
        for k,v in M.items():
            if k in p[6]:
                p[5]=v; used.add(k); L[i]='|'.join(p)
    open(f,'w',encoding='utf-8').write('\n'.join(L))
print(set(M)-used)
