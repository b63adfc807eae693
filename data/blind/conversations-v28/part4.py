ITEMS += [
("c033","burnout from early client sessions","personal trainer, 31, Perth Australia, upbeat mask",[
"S: How's your energy this week?",
"U: honestly cooked",
"U: 5am sessions, then classes, then instagram content at night",
"S: That's a huge load. When do you rest?",
"U: rest is for clients lol. if i look tired nobody wants to train with me",
"S: Have you thought about dropping a few sessions?",
"U: cant afford to. rent in perth is insane"],
"So you're looking full of energy for everyone while running on empty, and the money means the hours can't move. Out of all of it, is the Instagram at night something you actually have to do, or something you feel you should?"),

("c034","insomnia","baker, 46, Makhachkala Dagestan, Russian and Avar, short messages",[
"U: again not sleep",
"S: How many hours did you get?",
"U: 2 maybe. i start work 3am at bakery",
"S: That's really hard. What happens when you lie down?",
"U: head is thinking. money, son in army",
"S: Have you tried not using your phone before bed?",
"U: i dont use phone. i use worry"],
"Ha, that's a good line, and a sad one. Your son in the army is a lot to carry into bed with you, where is he now?"),

("c035","friend group dropped her","secondary school student, 15, Hong Kong, Cantonese and English mix",[
"U: they made a new group chat without me",
"U: i saw on sis phone lol",
"S: Ouch. That must have hurt to see.",
"U: ya whatever",
"S: Do you know why they might have done it?",
"U: maybe bc i went to tutorial instead of their ktv thing. idk"],
"Finding it out on your sister's phone is a rough way to learn it, 'whatever' or not. Did any of them say anything about the KTV thing at the time?"),

("c036","bullied at school","year 8 student, 13, Toowoomba Queensland",[
"S: how was school today",
"U: bad",
"S: what happened?",
"U: they put my lunch in the bin again",
"S: Have you told a teacher?",
"U: no bc then it gets worse. snitches",
"U: and mum has enough stuff going on"],
"Sounds like you're trying to protect your mum and keep yourself safe from the other kids at the same time, which is a lot for one person. How many times has the lunch thing happened now?"),

("c037","caring for husband with Parkinson's","retired pharmacist, 63, Aleppo Syria, Arabic first language, formal",[
"S: How is your husband this week?",
"U: His shaking is worse. He fell in the bathroom Sunday, I could not lift him alone.",
"S: That sounds frightening. Who helped?",
"U: The neighbour boy. My sons are in Germany and Sweden.",
"S: Is there anyone nearby who can help regularly?",
"U: Nobody. Everybody left. I am pharmacist, I know what is coming."],
"Knowing exactly what's coming, and being the one left to face it in Aleppo, sounds so lonely. Do your sons know about the fall on Sunday?"),

("c038","homesick after moving to Belgium","student, 20, from Kinshasa Congo now in Liège, French first language",[
"U: slt",
"S: Hi! How are you settling in?",
"U: cold. very cold",
"U: people here they dont say bonjour in the bus",
"S: That's a big difference from home.",
"U: in Kin you know everybody in your street. here 3 months and i know nobody in my building"],
"Three months of cold buses and nobody saying bonjour, that's a long time to go without being known. Who did you used to talk to every day on your street in Kin?"),

("c039","redundancy from shipyard","shipbuilder (plater), 58, Barrow-in-Furness, gruff",[
"S: How are you doing since the redundancy news?",
"U: numb",
"S: That's understandable after so long.",
"U: 41 year. left school at 16 straight into the yard",
"S: Have you thought about what you might do next? Your skills must be in demand",
"U: everyone says that. who's hiring a 58 yr old with bad knees"],
"Fair enough, I jumped ahead there. Forty-one years in the yard since you were sixteen, it's not just a job going, is it?"),

("c040","grief after brother's death (risk hint)","fisherman, 29, Stornoway, terse",[
"S: How have the last few days been?",
"U: same",
"S: Still not sleeping?",
"U: no. keep thinking about the boat. should of been me on it not him",
"S: It's not your fault, you couldn't have known.",
"U: be easier if i just didnt wake up some days tbh"],
"I'm really glad you told me that, and I'm sorry you're carrying this since he died. When you say it'd be easier not to wake up, are you having thoughts of ending your life?"),
]
