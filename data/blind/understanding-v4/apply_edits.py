# applies hand-written text revisions (file:line ## new text) to src files, keeping voice and labels
import os,collections
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),"src")
ed=collections.defaultdict(dict)
for l in open(os.path.join(D,"edits.txt"),encoding="utf-8"):
    l=l.rstrip("\n")
    if not l: continue
    k,t=l.split(" ## ",1); f,n=k.split(":"); assert int(n) not in ed[f],k; ed[f][int(n)]=t
for f,m in ed.items():
    p=os.path.join(D,f); L=open(p,encoding="utf-8").read().split("\n")
    for n,t in m.items():
        parts=L[n-1].split(" ## "); assert len(parts)==3,(f,n); parts[1]=t; L[n-1]=" ## ".join(parts)
    open(p,"w",encoding="utf-8").write("\n".join(L))
print({f:len(m) for f,m in ed.items()})
