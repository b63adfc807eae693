V = """risk:45 terse|risk:64 terse|risk:84 teen|risk:34 teen|risk:67 teen|risk:58 teen|risk:54 teen|risk:130 anxious|risk:126 anxious|risk:9 tired parent|risk:23 terse|risk:111 anxious|risk:116 terse|risk:121 anxious|risk:89 student|risk:98 tired parent|risk:109 angry|risk:104 angry|risk:145 anxious|risk:70 anxious
near:1 sarcastic|near:43 student|near:25 student|near:30 angry|near:47 terse|near:62 tired parent|near:63 teen|near:79 teen|near:96 teen|near:100 teen|near:102 tired parent|near:103 carer|near:114 terse|near:115 tired parent|near:68 teen
req:11 student|req:20 tired parent|req:35 tired parent|req:44 teen|req:45 tired parent|req:48 teen|req:49 terse|req:53 terse|req:60 terse|req:75 terse|req:83 terse|req:70 student|req:109 terse|req:130 anxious|req:135 terse|req:139 terse|req:146 terse|req:163 sarcastic|req:184 rambling|req:191 teen|req:178 angry
body:1 anxious|body:20 terse|body:34 angry|body:45 terse|body:67 terse|body:69 tired parent|body:53 teen|body:39 teen
ord:1 terse|ord:3 terse|ord:22 terse|ord:23 terse|ord:29 teen|ord:46 teen|ord:12 angry|ord:54 sarcastic|ord:64 terse|ord:65 terse|ord:66 terse|ord:67 terse|ord:115 terse|ord:135 terse|ord:150 teen|ord:132 sarcastic|ord:143 anxious|ord:88 older adult|ord:114 carer|ord:146 carer
extra:37 rambling|extra:110 teen"""
C = {"ord:20":"SENT THE EMAIL!!","near:76":"KILLED IT at the interview i think!!","ord:105":"THE BABY FINALLY SLEPT THROUGH!!",
"body:46":"HEART RACING for no reason","risk:90":"HES BANGING ON THE DOOR RIGHT NOW and i locked myself in the bathroom",
"near:45":"I'M GONNA DIE if i have to hear that song one more time in the shop","req:170":"STOP"}
ch={}
for tok in V.replace('\n','|').split('|'):
    k,v=tok.split(' ',1); ch[k]=(v,None)
for k,t in C.items(): ch[k]=('caps',t)
files={}
for k,(v,t) in ch.items():
    f,n=k.split(':'); files.setdefault(f,[]).append((int(n),v,t))
for f,lst in files.items():
    L=open(f+'.txt',encoding='utf-8').read().split('\n')
    for n,v,t in lst:
        p=L[n-1].split('|',6); assert p[1]=='lowercase',(f,n,p)
        p[1]=v
        if t: p[6]=t
        L[n-1]='|'.join(p)
    open(f+'.txt','w',encoding='utf-8').write('\n'.join(L))
print(len(ch))
