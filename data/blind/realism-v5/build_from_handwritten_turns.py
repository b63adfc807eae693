import json
D = {}
D["h01"] = [
"hey. so my brothers wedding is next saturday and im doing the speech",
"havent written a word. not one",
"open the doc, stare at it, end up on my phone",
"yeah i guess. hes the golden boy and im gonna stand up and mumble",
"no never. hate people looking at me",
"didnt even do a speech at my own 30th",
"stories yeah loads. none i can say in front of his gran lol",
"ok. maybe just bullet points first, not the actual speech",
"ill try tonight after the footy. cheers",
]
D["h02"] = [
"got let go on tuesday",
"restructuring. 40 of us. i was there 11 years",
"wife knows. she was good about it. kids dont yet",
"i keep waking up at 5.40 anyway. body doesnt know",
"havent looked. wouldnt know what to put on a cv",
"dunno. maybe",
]
D["h03"] = [
"Good evening. I hope this is the right place for this sort of thing.",
"I moved to Leeds in March to be nearer my daughter and her family. I'm 71.",
"Sundays mostly. The rest of the week is rather quiet.",
"My wife passed four years ago. Back home I had the bowls club, and the neighbours.",
"I did look up a U3A group on the computer. Haven't gone. I don't know anyone there you see.",
"Yes, I suppose that is rather the point of it. Ha.",
"It meets Thursday mornings at the library. I'll give it some thought.",
"Thank you for listening. It's been nice to talk to someone, actually.",
]
D["h04"] = [
"hii um idk if this is stupid but",
"my gcses start in like 2 weeks and ive done basically no revison",
"everyone else has these colour coded timetables n stuff and im just. not",
"maths mostly. and chem. i literally dont understand moles at all",
"my mum keeps saying ur so clever youll be fine which makes it worse tbh",
"bc if i fail everyone finds out im not actually clever lol",
"yeah kinda. i just go on tiktok instead and then its 2am",
"theres a chem revision club after school on weds. ive never gone",
"ok maybe. ill think abt it. thank u",
]
D["h05"] = [
"honestly im so done",
"car failed its mot. 640 quid. ive got 83 in the bank and rents due the 1st",
"i need the car for work. no car no job, no job no rent. brilliant system",
"i dont want to explore my options, i havent got any. thats the point",
"sorry. not your fault. its just been one thing after anotehr since january",
"boiler went in feb, then they cut my hours, now this",
"my dad would lend it but hed never let me forget it",
"garage said something about instalments. wasnt really listening tbh",
"yeah alright. ill ring them in the morning",
]
D["h06"] = [
"ok this is gonna sound dramatic but my boyfriend dumped me on sunday",
"4 years",
"i havent stopped crying since. work toilets, the bus, big tesco",
"he said he 'just doesnt feel it anymore' which like. what does that even mean. since when",
"we booked portugal in january. who books a holiday with someone they dont feel it for",
"sorry im rambling. my friends are sick of it already i can tell",
"i keep checking his instagram. i know i know",
"hes posted nothing which is somehow worse?? like is he sad or is he just fine",
"yeah. maybe mute at least. not block, i cant do block yet",
]
D["h07"] = [
"hello. my grandmother died last week, in colombia",
"I am living in canada since 3 years, I could not go. the flights, my visa papers",
"I watched it in video call. is very strange, to see your family crying inside a phone",
"she raise me. my mother was working all the time so my abuela was my mother, like",
"here nobody knew her. coworkers say sorry for your loss and then talk about hockey",
"yes. I made her soup on sunday, ajiaco. the apartment smell like her kitchen",
"I cried a lot",
"maybe I call my cousin, she was with her in the end. I did not ask yet how it was",
"thank you for this. really",
]
D["h08"] = [
"can i just talk. not like therapy just talk",
"me and my stepdad had another massive fight",
"he took my door off. like actually took it off the hinges bc i slammed it",
"im 16. i think i deserve a door",
"mum just does whatever he says. she wasnt like that before him",
"no he doesnt hit me or anything. hes just always there. watching",
"idk. maybe. my head of year is alright i guess",
"shit hes coming up gtg",
]
D["h09"] = [
"hi sorry, i just need to get this out of my head somewhere",
"found a lump 3 weeks ago. biopsy was thursday, results not till the 14th",
"and i know, i KNOW most lumps are nothing, the nurse said that about 5 times",
"but my mum had breast cancer at 46 and im 44 so",
"she was ok in the end. shes fine. but i remember that year, i was 17",
"havent told my husband about the biopsy. told him its probably a cyst",
"because hell worry and then i have to look after his worry as well as mine",
"and ive been googling at 3am which is the the worst thing",
"yeah maybe. i dont want to go on the 14th on my own tbh",
]
D["h10"] = [
"nurse. 12 yrs. icu",
"just tired",
"not sleepy tired. different",
"did 4 nights this week. short staffed again. always short staffed",
"cried in the car before my shift yesterday. never done that before",
"maybe. theres an occ health thing. never used it",
"need to sleep now. thanks",
]
D["h11"] = [
"Hello, I hope it is ok to write here in english, it is not my first language",
"Since two months I sleep very bad. at 3 or 4 I wake up and thats it",
"I lie there and my head is going through everything. work, my mother, the bills",
"Yes I came in september for the university job. Also everything is new",
"I tried already the tea, melatonin, no handy in the bed. nothing helps",
"Sometimes at 4 I just stand up and work. Eventually this is not so clever",
"My wife is still in Germany with our son, until summer. we do video every evening",
"Maybe yes. I did not think it is connected but probably it is connected",
"Thank you, this helped. I will try to not work at 4 o clock at least",
]
D["h12"] = [
"hi",
"phd. i owe my supervisor a chapter draft. it was due in november",
"its february",
"she emailed last week just asking how its going. havent replied",
"its like 70% done honestly. its just not good",
"everything sounds obvious once its on the page. and shes sharp, shell see thru it",
"huh. never thought of a draft being allowed to be bad",
"its literally called a draft lol",
"ok this is actually helping. i could reply today. just say friday",
]
D["h13"] = [
"I have to make a presentation for the directors in the next week, in english",
"I work in a german company but the official language is english. I am from brazil",
"the slides are almost ready. but every time I try to practice the speaking I stop",
"my accent is strong and I forget words in the middle",
"in portuguese I present very good, really",
"last meeting one director asked me to repeat two times. I was very ashamed",
"no, he was not rude. he just did not understand. but I keep thinking in this",
"hmm, yes. maybe to practice with my colleague Ana. she is nice and honest",
"ok. I will ask her tomorrow. obrigado, sorry, thank you haha",
]
D["h14"] = [
"hello...not sure if this counts as a proper problem but my son said to try this",
"I have a tax return to do. self assessment. the deadline is the end of the month",
"my husband always did all that. he's in a care home now so it's down to me",
"I've got all the papers out on the dining table. they've been there three weeks",
"every time I sit down I think I'll get something wrong and there'll be a fine.  or worse",
"I was a school secretary for 30 years. It's silly really",
"yes I suppose it does feel like his job...doing it feels like admitting something",
"my son offered to come on sunday and sit with me. I said no...didn't want to be a bother",
"perhaps I'll ring him back and say yes after all",
]
D["h15"] = [
"so i got made team lead in october, which everyone said was great news",
"now i have to do year end reviews for 6 people who were my mates in september",
"theyre due friday. ive done zero",
"forms are easy. its the conversations. dave genuinely isnt pulling his weight",
"and dave came to my 30th. he knows my mum",
"i think if i do it badly theyll all decide i was the wrong choice",
"maybe i was tbh",
"no my manager is fine. shed probably help if i asked. havent asked",
"ok. ill book 20 mins with her tomorrow. and do the easy ones tonight. maybe",
]
import statistics
with open("/work/writers/realism-v5/human-set.jsonl","w") as f:
    for k,v in D.items():
        f.write(json.dumps({"id":k,"turns":v}, ensure_ascii=False)+"\n")
wc=[len(t.split()) for v in D.values() for t in v]
print(len(D), len(wc), statistics.median(wc), max(wc), sum(w>=30 for w in wc), sum(t.count('?') for v in D.values() for t in v))
