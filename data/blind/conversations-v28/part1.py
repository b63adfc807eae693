# hand-written items, part 1 (task avoidance). S = supporter, U = seeker
ITEMS = [
("c001","avoiding self-employed tax return","personal trainer, 29, Manchester, terse slang",[
"S: how's the week been since we last spoke?",
"U: rammed. 6am clients every day",
"S: and the tax return? you said you'd have a look at it",
"U: nah not touched it",
"U: every time i open the gov site i just close it again lol",
"S: maybe try doing 10 minutes a day?",
"U: tried that. i just sit there scared il put a wrong number in n get fined"],
"So it's not the time, it's that one wrong number turning into a fine. What if this week's job is just logging in and writing down the numbers you already know for sure, no submitting, nothing you can get wrong yet?"),

("c002","putting off emailing agency about pay rate","interpreter, 41, Eritrean living in Milan, Tigrinya first language",[
"U: I write the email to agency already 4 times. Not send",
"S: What stops you at the last moment?",
"U: I am afraid they think I am greedy. Other interpreters take less money",
"S: That sounds like a real worry about losing work.",
"U: yes. but hospital jobs are long now, 6 hours court Tigrinya nobody else can do"],
"That last part matters: you're the one they call when nobody else can do six hours of Tigrinya at court. Would it help to put that exact fact as the first line of the email, before you say anything about money?"),

("c003","delaying eye test needed for welding ticket","shipyard welder, 54, Derry, blunt",[
"S: last time you mentioned the ticket renewal, where's that at?",
"U: still sat on it",
"S: what's the bit that's hard?",
"U: need an eye test first. and if they say my eyes are gone thats me done in the yard",
"S: you could ring the optician tomorrow on your break",
"U: aye could. wont though if im honest"],
"Fair play for being honest. Sounds like not knowing feels safer than hearing it, even though without the test the ticket lapses anyway. What would you do if they did say you needed glasses, would that really be the end of it?"),

("c004","procrastinating on scholarship personal statement","university student, 22, Dar es Salaam, Swahili first language",[
"S: How is the personal statement going?",
"U: haha. it is not going",
"U: deadline is 14 days. i have only the title",
"S: What happens when you sit down to write?",
"U: i think about the other applicants. they are from big schools, me i am from Mwanza secondary",
"S: It's normal to compare yourself.",
"U: maybe but its making me write nothing"],
"Coming from Mwanza secondary is probably your story, not something to hide. What's one thing you did there that a kid from a big school in Dar wouldn't have had to do?"),

("c005","avoiding calling landlord about mould","pizza cook, 26, Bristol, originally Sardinia, casual",[
"U: the mould is back in the bedroom",
"U: like black on the ceiling now",
"S: Oh no. Have you been able to tell the landlord?",
"U: no bc last time he shouted at me on phone. my english goes bad when someone shouts",
"S: That sounds really stressful.",
"U: ye. so i just wipe it with bleach every sunday"],
"Wiping it every Sunday so you never have to hear him shout again makes total sense. Would a text or email work better than a call, so you can write it slowly and he can't shout at you?"),

("c006","delaying submitting garden design to a show","retired gardener, 67, Norfolk, formal writer",[
"S: Good afternoon, Margaret. How did the drawings go this week?",
"U: Good afternoon. I am afraid I have not put pen to paper. The entry form is on the kitchen table.",
"S: What has been getting in the way?",
"U: I have been gardening for forty years but I have never drawn a plan for anyone to judge. My handwriting is poor and I cannot do perspective.",
"S: Could you ask someone to help with the drawing side?",
"U: Possibly. It feels rather like cheating."],
"I can see why, after forty years of doing it with your hands, it would feel odd to hand the pencil over. Do you know if the show actually judges the drawing itself, or the planting you describe in it?"),

("c007","putting off apprenticeship applications","golf caddie, 20, Gold Coast Queensland, laid-back then frustrated",[
"S: so the greenkeeping apprenticeship closes friday yeah?",
"U: yep",
"S: how are you feeling about it?",
"U: dunno. keep thinking theyll laugh at my resume. its just caddying and maccas",
"S: caddying actually shows a lot, you know the course, early starts, reading greens",
"U: mate just tell me what to do. step by step. i cant think about it anymore"],
"Okay: tonight you open the form and fill in only your name, contact details and the two jobs, nothing else, and you stop there. Tomorrow we'll do the 'why do you want this' bit together, and I reckon 'I've walked that course 400 times and I notice when the greens are off' is a decent first line."),

("c008","avoiding clearing spare room before mum visits","court usher, 38, Cardiff, wry",[
"S: when's your mum arriving?",
"U: 9 days",
"U: spare room still looks like a charity shop exploded",
"S: ha. what makes it hard to start?",
"U: if i start i have to decide about all my dad's stuff in there. she'll notice if anything's gone",
"S: that's a lot more than tidying then",
"U: yeah. i can stand in court all day with people screaming at each other but i cant open one box of his jumpers"],
"That makes sense, court isn't your dad's jumpers. Does anything actually have to go before she comes, or could the job just be making space, with his things boxed up safe and the deciding done later, maybe even with her?"),

("c009","avoiding revision for recurrent proficiency check","air-traffic controller, 45, Shannon Ireland, dry humour",[
"U: so the check is in 3 weeks and i've opened the manual exactly zero times",
"S: What's going on when you think about opening it?",
"U: 20 yrs in the job. if i fail a check now everyone will know i'm past it",
"S: Have you failed one before?",
"U: no. thats kind of the problem, i've got a record to keep"],
"So the clean record is exactly what's making the manual feel untouchable. What would a first look be like if the goal was just spotting what's changed since last time, not proving you've still got it?"),

("c010","not opening bank letters","dishwasher at a hotel, 17, Leicester, teen",[
"S: hey, you said there were some letters you'd been avoiding?",
"U: ye theres like 5 now",
"U: from the bank",
"S: have you opened any of them?",
"U: nope. think i went over on my account when i bought my trainers",
"S: It's best to open them sooner rather than later, charges can add up",
"U: i know thats why im scared to lol"],
"Yeah, that's the trap, the more they pile up the scarier they get. Want to open just the newest one while we're chatting and tell me what the number says? We can work out what it means together."),

("c011","putting off writing to estranged sister","Benedictine monk, 58, England, formal and reflective",[
"S: Brother Anselm, how are you today?",
"U: Well enough, thank you. I have been meaning to tell you that I still have not written to my sister.",
"S: It has been a while since you decided to.",
"U: Since Lent. I sit in the library with the paper in front of me and I cannot find a first sentence that will not sound either like an apology or a sermon.",
"S: Maybe you could just write whatever comes and edit it later?",
"U: I have tried that. Everything I write sounds like a homily."],
"Neither an apology nor a sermon, that's a narrow path to walk on paper. If you were sitting across from her at her kitchen table rather than writing, what would you actually say first?"),

("c012","avoiding public housing application form","recycling sorter, 49, Hong Kong, Cantonese first language",[
"S: Did you get the housing form?",
"U: yes get it. 16 pages",
"U: many question about income, I scare I write wrong then they reject me",
"S: That's understandable. Is there somewhere you could get help with it?",
"U: social worker at centre can help but only Tuesday. I work Tuesday",
"S: Hmm, that's tricky."
,"U: maybe i just not apply. stay in subdivided flat, ok la"],
"It sounds like you're tired of it all, and I don't think giving up on a proper flat is really okay for you. Could the centre do another day if you tell them Tuesday is a work day, or could you take a photo of the income pages so we look at just those together?"),

("c013","putting off booking dentist","cabin crew, 33, based at Doha, from Kenya, chatty",[
"S: how are you doing with the tooth?",
"U: still hurting on the left side. took ibuprofen on the Manila flight",
"S: have you been able to call the dentist?",
"U: no 🙈 i gag so bad and last time the dentist was annoyed with me",
"S: you could tell them about the gag reflex when you book",
"U: ok yes. can you remind me tomorrow at 10am? i land at 8"],
"I can't send you a message at 10 from here, so let's set it up now: put an alarm on your phone for 10am called 'ring dentist, say I gag'. Would it help if we wrote the exact sentence you'll say when they answer?"),

("c014","avoiding gathering receipts for accountant","snooker-hall owner, 61, Douglas Isle of Man, gruff",[
"U: accountant rang again",
"S: About the year-end paperwork?",
"U: aye. receipts are in 3 carrier bags under the bar",
"S: What makes it hard to get them sorted?",
"U: my wife did all this. since she went i just cant face it, the numbers were always her job",
"S: I'm sorry, that must be hard.",
"U: its been 2 yr. should be over it"],
"Two years isn't long when she did this for the whole life of the hall. Maybe the carrier bags are hard because they're her job, not because you can't do sums. Would the accountant take the bags as they are, just unsorted?"),
]
