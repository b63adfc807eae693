E("c038","grief: miscarriage","28-year-old primary teaching assistant in Kuching, Malaysia, quiet, short sentences",[
"S:Hi Mei Ling. How are you today?",
"U:ok i guess",
"S:You mentioned last week you were waiting on a scan.",
"U:we lost it. 11 weeks",
"S:I'm so sorry.",
"U:my MIL said at least it was early. and we can try again",
"U:everyone acts like nothing happened"],
"I'm so sorry, Mei Ling. 'At least it was early' can make it feel like you're not allowed to grieve, when at eleven weeks you'd already started imagining this baby. What has it been like for you, with everyone acting like nothing happened?")

E("c039","health worry: palpitations, asking for reassurance","31-year-old graphic designer in Dublin, health anxiety, rapid messages",[
"S:Hi Orla, how are you doing?",
"U:my heart keeps doing this skip thing",
"U:like a flutter then a thump",
"S:That sounds scary. Have you had it checked?",
"U:yes ecg last month was normal. gp said ectopic beats, harmless",
"U:but what if they missed something",
"U:can you just tell me its fine"],
"I can't check your heart from here, but your GP and the ECG already did, and they said harmless. I suspect if I said 'it's fine' it would calm you for ten minutes and then the 'what if' would come back. Shall we look at what the flutter sets off in your head instead?")

E("c040","health worry: waiting for biopsy results","retired postmistress in Cardigan, Wales, 60s, formal, polite",[
"S:Good morning, Glenys. How are you bearing up?",
"U:Good morning. Not terribly well, to be honest. The biopsy results are not due until the 19th.",
"S:Waiting is often the hardest part.",
"U:Yes, so everyone tells me. I find myself planning my funeral hymns while peeling potatoes.",
"U:I have not told my son yet. He lives in Canada and I do not want to worry him over nothing."],
"Planning hymns while peeling potatoes sounds like your mind is already at the worst outcome while you're carrying this on your own. What makes you feel you'd be worrying him over nothing, rather than letting him keep you company in the waiting?")

E("c041","burnout: care assistant on double shifts","care assistant in a Surrey nursing home, Filipina, 40s, apologetic",[
"S:Hi Maricel, how are you today?",
"U:sorry for late reply, just finished 12 hr shift",
"S:No need to apologise! How are you feeling?",
"U:tired. 3 doubles this week. manager keeps asking, short staff",
"S:Could you say no to the next one?",
"U:if I say no the residents suffer. Mrs Hale only lets me do her hair",
"U:and I need the money for my kids in Iloilo"],
"So every 'no' feels like it lands on Mrs Hale or your kids back in Iloilo, which is why it never gets said. How much longer do you think your body can keep doing three doubles a week?")

E("c042","burnout: teacher thinking of leaving","secondary maths teacher in Launceston, Tasmania, 40s, sardonic",[
"S:How was the week, Jo?",
"U:marked 180 tests, cried in the car park, normal stuff",
"S:That sounds exhausting. What made you cry?",
"U:nothing specific. a kid said 'miss you look tired' and i just lost it",
"S:Do you get any time for yourself on the weekends?",
"U:weekends are for planning lol",
"U:honestly been looking at jobs at bunnings"],
"A kid noticing you looked tired was enough to tip it over, which says a lot about how much you've been holding in. When you look at the Bunnings jobs, is it a fantasy to get you through the week, or are you actually starting to want out?")

E("c043","sleep: night-shift baker can't sleep in the day","baker on nights in a supermarket bakery in Bristol, 20s, Jamaican-British, chatty",[
"S:Hey Andre, how's the sleep?",
"U:what sleep lol",
"U:get in at 7am, lie there til like 11 then up at 3",
"S:That's not much. What's keeping you awake?",
"U:neighbours kids, bin lorry, sun through the blinds. and my head going",
"S:Have you tried blackout blinds and earplugs?",
"U:got both. its the head going thats the problem"],
"Right, so the blinds and earplugs have sorted the outside, and what's left is your head. What's it usually going over when you're lying there at 9 in the morning?")

E("c044","sleep: new mum asks for a reminder to put the phone down","first-time mum in Gdańsk, Poland, 30s, English good but informal",[
"S:Hi Kasia, how were the nights this week?",
"U:baby sleeps better now! but i dont",
"S:Oh no. What's happening at night?",
"U:after last feed at 10 i scroll instagram until 1am. stupid i know",
"S:Not stupid, it's often the only time that's yours.",
"U:yes exactly. ok can you remind me at 10:30 to put the phone away"],
"I won't be able to message you at 10:30 myself, so let's set it up now: put an alarm on your phone for 10:30 called 'baby's asleep, you too', and charge the phone in the kitchen, not by the bed. Would you want a bit of 'me time' earlier in the evening instead, so the scrolling isn't the only bit that's yours?")

E("c045","friends: left out of group chat plans","14-year-old boy in Manila, Taglish, short",[
"S:Hey Miguel, what's up?",
"U:my barkada went to the mall without me",
"U:saw it on their story",
"S:Ouch. Did they say anything to you about it?",
"U:nope. they have gc without me pala",
"S:That must hurt.",
"U:ya. what would u do"],
"Honestly, I think I'd feel gutted and want to pretend I hadn't seen it. One thing that sometimes works is asking the friend you trust most in the group, just one-on-one, if something's up. Is there one of them who'd give you a straight answer?")

E("c046","friends: friend won't repay a loan","hairdresser in Durban, 30s, Zulu first language, expressive",[
"S:Hi Nomsa! How are you?",
"U:eish I'm annoyed today",
"S:What's happened?",
"U:my friend borrowed R4000 in june for her son's school uniform. she says she'll pay end of month. every month",
"U:and now I see her at a braai with new braids",
"S:That would annoy anyone. Have you asked her directly?",
"U:I dont want to lose the friendship over money. we're friends since grade 5"],
"Twenty-odd years since grade 5 is a long friendship to risk, no wonder you're biting your tongue. Though it sounds like the R4000 is already sitting between you at every braai. Could you ask her in a way that's about the friendship, like 'I'm starting to feel funny with you about the money and I don't want that'?")

E("c047","school: being bullied about accent","13-year-old girl recently moved from Kraków to Dundee, mixed English",[
"S:Hi Zuza, how was school today?",
"U:bad",
"S:What happened?",
"U:some girls copy my accent when i answer in class. everyone laugh",
"S:That's horrible. Have you told a teacher?",
"U:no. then they say i am snitch and is worse",
"U:i dont want to answer in class anymore"],
"Having them copy your voice every time you speak would make anyone want to go quiet, and I get why a teacher seems risky. Is there anyone at school, even one person, who doesn't join in when they laugh?")

E("c048","school: conflict with a teacher","15-year-old in Liverpool, angry, swears a bit",[
"S:Hey Connor. How's school?",
"U:shit. mr davies has it in for me",
"S:What makes you think that?",
"U:gave me detention for talking when like 5 people were talking",
"U:3rd time this month",
"S:Maybe try to keep your head down in his class for a few weeks?",
"U:why should i when hes the one being unfair"],
"Fair, I wouldn't want to keep my head down for someone I thought was being unfair either. What do you reckon it is about you that he picks on, out of five people talking?")
