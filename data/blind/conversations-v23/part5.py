E("c049","caring: young carer for autistic brother","14-year-old young carer in Hull, looks after younger brother after school",[
"S:Hi Kayden, how was your evening?",
"U:mad. josh had a meltdown cos the tesco bag was the wrong colour",
"S:That sounds full on. Was your mum home?",
"U:nah shes on lates at the hospital",
"S:So it was just you dealing with it?",
"U:ye always is on thursdays",
"U:missed footy training again"],
"So Thursdays it's you and Josh, and footy's the thing that keeps getting dropped. Does your mum know how often you're missing training because of it?")

E("c050","caring: husband with Parkinson's","retired primary school head in Kandy, Sri Lanka, 70s, formal English",[
"S:Good evening, Mrs Fernando. How is your husband?",
"U:Good evening. He is slower these days. He fell in the bathroom on Sunday.",
"S:Oh no. Was he hurt?",
"U:A small cut only. But I could not lift him. I had to call the neighbour's son.",
"S:That must have been frightening for you both.",
"U:It was. He was so ashamed. And I felt I have failed him, I am his wife."],
"You got him help within minutes, which isn't failing him, although I can understand why it felt that way with him so ashamed. Have the two of you been able to talk about what happened on Sunday, or has it gone quiet between you?")

E("c051","a move: relocating for husband's job","woman from Kerala recently moved to Muscat, Oman, 30s, former bank clerk",[
"S:Hi Divya, how's Muscat?",
"U:hot lol. flat is nice",
"S:How are you settling in?",
"U:husband goes at 7 comes at 8. kids at school. i sit",
"U:in kochi i had my job, my amma, my friends",
"S:That's a big change. Have you thought about looking for work there?",
"U:visa is dependent visa. not so simple"],
"So it's not as easy as just finding a job. It sounds like in Kochi you had work, your amma and your friends, and here you've got a nice flat and a long day on your own. What does a day look like for you at the moment, from when they leave at 7?")

E("c052","a move: going into sheltered housing","retired tram conductor in Edinburgh, 80s, widow, proper spelling",[
"S:Hello Isobel, how are you feeling about the move?",
"U:The flat at Ashgrove is lovely. Everyone keeps telling me so.",
"S:And what do you think?",
"U:I think I have lived in this house for fifty two years and I have to fit my life into one room and a kitchenette.",
"S:That's a lot of change. Which things will you take with you?",
"U:That is the question my daughter keeps asking me. I wish people would stop asking it."],
"Then I'll stop asking it, sorry Isobel. It sounds like everyone's busy with what fits in the new flat and nobody has asked how it feels to leave a house you've lived in for fifty-two years. How does it feel?")

E("c053","job loss: restaurant closed suddenly","line cook in Guatemala City, 20s, writes in English to practise, simple",[
"S:Hola Luis! How are you?",
"U:not good. the restaurant close yesterday. owner just put paper on door",
"S:What?! Without any warning?",
"U:no warning. and he owe me two weeks pay",
"S:That's awful. Have you looked into your rights?",
"U:maybe later. now i worry how i tell my mom, she is proud i work in the fancy place"],
"Not being paid comes later then, the thing weighing on you right now is telling your mom. What do you think she'll actually say when she hears?")

E("c054","burnout: warehouse peak season, possible risk hint","warehouse picker in Leicester, 30s, Romanian, flat tone",[
"S:Hi Andrei. How's peak season treating you?",
"U:60 hour weeks. rate keeps going up",
"S:That's brutal. Are you getting any rest?",
"U:sleep 5 hours. eat in car",
"S:Is there any way to cut back on overtime?",
"U:no. need money",
"U:honestly some days i think if a forklift hit me at least i could stop"],
"That's a heavy thing to think on shift, Andrei, and it tells me how done in you are. When you think about being hit so you could stop, are you having any thoughts of hurting yourself or ending your life?")

E("c055","health/job: injured scaffolder, possible risk hint","scaffolder in Dundee off work after a fall, 40s, few words",[
"S:Hi Stevie, how's the back?",
"U:same. physio says 6 month minimum",
"S:That's a long time. How are you managing money?",
"U:sick pay. wife doing extra shifts",
"S:It's good she's able to help out.",
"U:aye. shes knackered. kids needing things",
"U:they'd be better off with the life insurance to be honest"],
"Stevie, I'm glad you said that out loud to me. When you say they'd be better off with the life insurance, are you thinking about killing yourself?")

E("c056","loneliness: retired man giving things away, possible risk hint","retired bricklayer in Ballarat, Australia, 70s, plain words",[
"S:G'day Ken, how've you been?",
"U:alright. been sorting the shed",
"S:Oh good! Big job?",
"U:gave my tools to the young bloke next door. dont need em now",
"U:and the ute to my nephew",
"S:That's generous of you. Are you downsizing?",
"U:something like that. wont be needing much"],
"Giving away your tools and the ute and saying you won't be needing much makes me want to check something with you, Ken. Are you thinking about ending your life?")

E("c057","grief: father died, asks to stop","16-year-old boy in Swansea, dad died 3 months ago, very short",[
"S:Hey Ethan. How have you been this week?",
"U:fine",
"S:It was your dad's birthday on Saturday, wasn't it? How did that go?",
"U:we went to the grave. mum cried",
"S:And how about you?",
"U:dunno",
"U:can we talk about something else"],
"Course we can. Your pick, what do you want to talk about?")

E("c058","loneliness: new dad on paternity leave","first-time dad in Cape Town, 30s, electrician, Afrikaans first language",[
"S:Hi Pieter, how's fatherhood?",
"U:lekker and terrible at the same time haha",
"S:What's the terrible part?",
"U:wife has her mom and her moms group. everyone asks about baby and her",
"U:i was on site with the ous every day, now i just change nappies and nobody phones",
"S:Sounds like you miss having people around.",
"U:ja. feel bad saying it, I should just be happy"],
"You can love being a dad and still miss the ous on site, one doesn't cancel out the other. When last did one of them actually hear from you, or has it been quiet both ways?")

E("c059","health worry: new diabetes diagnosis","mother of four in Jaffna, Sri Lanka, 50s, Tamil first language, types via son sometimes",[
"S:Hello Mrs Selvarajah. How are you after the doctor's visit?",
"U:doctor say sugar is high. type 2. must stop rice and sweets",
"S:That's a lot to take in. How are you feeling about it?",
"U:how i cook for family with no rice? every meal is rice",
"U:and my mother lost her leg from sugar"],
"After what happened to your mother, this diagnosis must feel far more frightening than 'stop eating rice'. Did the doctor explain how your situation might be different from hers, now that it's been caught?")

E("c060","money: student rent arrears, says it's too much","21-year-old art student in Cardiff, working in a florist part-time, overwhelmed",[
"S:Hi Ffion, how are things with the rent?",
"U:2 months behind. landlord texting",
"S:Okay. So let's think: you could speak to student support about a hardship fund, ask the florist for more hours, make a budget, and reply to the landlord with a plan.",
"U:thats too much",
"U:i cant even reply to the texts"],
"Sorry, that was way too much at once. Let's forget everything except the landlord's texts for now. Would it feel doable to send him one line tonight, like 'I've got your messages, I'm sorting out a plan and will come back to you by Friday'?")
