import re,risk,near,req,body,ordinary
kw=r"chimney|sweep|rink|zamboni|skate|quarry|blast|organ|choir|hymn|mass\b|parish|school bus|bus route|school run|pawn|oyster|scaffold|bingo|dispatch|ambulance|cobbl|shoe|zanzibar|stone town|faro|tórshavn|vestmanna|namibia|windhoek|bhutan|thimphu|paro|moldova|chisinau|belize|sulawesi|makassar|newcastle|galway|salthill|manitoba|harbour|ferry|tide|seaweed|sheep|lough|vines|grind|boots in the shop|bus"
texts=[i[3] for i in risk.ITEMS]+[i[1] for i in near.ITEMS]+[i[1] for i in req.ITEMS]+[i[1] for i in body.ITEMS]+[i[1] for i in ordinary.ITEMS]
voices=[i[0] for i in risk.ITEMS]+[i[0] for i in near.ITEMS]+[i[0] for i in req.ITEMS]+[i[0] for i in body.ITEMS]+[i[0] for i in ordinary.ITEMS]
n=sum(1 for t in texts if re.search(kw,t,re.I))
print(n,len(texts))
