D = []
def add(i, topic, voice, turns, ref):
    D.append(dict(id=i, topic=topic, voice=voice,
        turns=[{"role": "supporter" if r == "s" else "seeker", "text": t} for r, t in turns],
        reference=ref))

add("c001", "putting off fishing licence renewal form (worried catch records are wrong)", "Irish fisherman, 50s, Donegal, terse, drops letters",
 [("s","How did you get on with the licence renewal form since we last talked?"),
  ("k","didnt touch it. its sittin on the dash of the van since tuesday gettin covered in diesel"),
  ("s","What happens when you think about opening it?"),
  ("k","theres a section on catch records an mine are a mess tbh"),
  ("k","if i put the wrong thing in they could pull the licence. 30 yr on that boat")],
 "Thirty years on that boat is a lot riding on one form, no wonder it's stayed on the dashboard. Is the whole catch section a mess, or is it a few months you're unsure of? Those few months might be something you ring the office about rather than guess at.")

add("c002", "putting off self-assessment tax return", "Welsh hairdresser, 30s, Cardiff, chatty, 'mun', laughs it off",
 [("s","So the tax return is still hanging over you?"),
  ("k","yep. 3 weeks left. i do hair all day on my feet then get home and just cant face the hmrc site, my brain goes blank"),
  ("s","Have you thought about getting an accountant to do it?"),
  ("k","cant afford one mun thats the whole point, chair rent went up again in september"),
  ("k","and my receipts are in a carrier bag under the bed lol")],
 "Fair enough, accountant's off the table then. A carrier bag of receipts is more than lots of people have — what if tonight was just tipping it out and sorting it into months, no HMRC site at all?")

add("c003", "putting off sending registration email to UK nursing regulator", "Nigerian nurse, 30s, Lagos, Nigerian English ('sha'), careful",
 [("s","You said last week the NMC email was the next step. Where are you with it?"),
  ("k","I have written it like 6 times sha. Never sent. Every time I read it again I see something that sounds wrong"),
  ("s","What stops you at the send button?"),
  ("k","if my english is not correct they will think im not serious. this is my whole future"),
  ("s","Your English in this chat is completely clear, for what it's worth."),
  ("k","chat is different. this is official")],
 "True, official feels different, and with your whole future behind it no wonder you've rewritten it six times. Would you paste the draft you like best here so we can read it together, and then you decide whether it goes today?")

add("c004", "putting off calling about late wife's survivor pension", "Canadian retired farmer, 78, Manitoba, formal full sentences, widower",
 [("s","It sounds like making that call to Service Canada is the big one."),
  ("k","Yes. It has been on my list since March. Every time I pick up the phone I think of Marion and put it back down."),
  ("s","That makes a lot of sense. Calls like that bring it all back."),
  ("k","My daughter says I am being stubborn. Maybe I am. Marion always did the paperwork in our house, I only did the cattle."),
  ("k","Could you remind me tomorrow at 9 in the morning? I think I could do it then if someone reminded me.")],
 "I'm sorry, I can't send you a message at 9 from here — and it doesn't sound like stubbornness to me, it sounds like a call with Marion in it. Could you put a note saying 'Service Canada, 9 a.m.' on the phone tonight, or ask your daughter to ring you at five to nine just to say 'now'?")

add("c005", "putting off booking dentist for toothache (cost, phone English)", "Vietnamese nail salon worker, 40s, living in Texas, ESL, short",
 [("s","How is the tooth today?"),
  ("k","still hurt. i take panadol"),
  ("s","Have you been able to call the dentist?"),
  ("k","no. i scared they say need remove tooth and cost so much, my friend pay 800 dollar"),
  ("k","also my english on phone not good, they talk fast"),
  ("s","Lots of people find phone calls the hardest part."),
  ("k","ye")],
 "Scared of the price and of a receptionist talking fast, both at once, with a sore tooth — that's a lot. Does the clinic let you book by text or online, so no phone? And you can ask them the price before they do anything.")

add("c006", "putting off job applications after four years out of work", "long-term unemployed man, 40s, Liverpool, sarcastic",
 [("s","What's the job search looking like this week?"),
  ("k","same as every week. nothing"),
  ("s","Have you applied to anything?"),
  ("k","whats the point. 4 years out, they see the gap and bin it"),
  ("s","Maybe we could look at how you explain the gap on your CV?"),
  ("k","oh yeah cos thats never been suggested by the jobcentre lol")],
 "Fair, you've clearly had that line a hundred times and it hasn't changed a thing. What's it actually like sitting down to apply after four years of this — is it the gap you're dreading, or the silence after you send it?")

add("c007", "putting off overdue Level 3 care qualification written assignment", "care assistant on nights, 20s, Glasgow, tired, blunt",
 [("s","you mentioned the level 3 written bit is overdue?"),
  ("k","2 weeks overdue now. assessor keeps messaging and i just leave her on read cos i got nothing to send"),
  ("k","i do nights, i wipe bums for a living i dont do essays"),
  ("s","You obviously know the job inside out though."),
  ("k","knowing it and writing it r different things")],
 "They really are, and nights on top make sitting down to write feel impossible. What's the question actually asking? If you told me how you'd handle it on shift, we could see how much of the answer you've already got.")

add("c008", "putting off starting school art portfolio", "South African teen, 16, Johannesburg, 'eish', 'ja'",
 [("s","How's the portfolio going?"),
  ("k","eish. havent started"),
  ("s","What's getting in the way?"),
  ("k","everyone in my class is so good. mine will look like a 5 year old did it"),
  ("s","Try to just do one quick sketch today, 10 minutes."),
  ("k","ja but then it'll be a bad sketch")],
 "Ja, it might be — and it sounds like a bad sketch feels worse to you than no sketch at all. What would you draw if nobody in your class was ever going to see it?")

add("c009", "putting off emailing the minister to step down from food bank rota", "chapel volunteer, 67, South Wales, polite, 'dear', long sentences",
 [("s","Have you managed to send the email to Reverend Pugh?"),
  ("k","No dear I have sat with it open on the computer three evenings now."),
  ("k","I keep thinking he will be so disappointed, I have done the rota for eleven years and who else will do it"),
  ("s","It's not your job to find your replacement."),
  ("k","Well that is easy to say but somebody has to or the food bank stops")],
 "Eleven years is a long time to carry it, and it's clear you're worried for the families who use the food bank, not only about disappointing him. Could the email say you'll step down at Easter and help hand over until then, so it's a handing on rather than a door closing?")

add("c010", "putting off trip to traffic office to renew taxi licence", "Egyptian taxi driver, 50s, Cairo, ESL, 'inshallah', 'ya'",
 [("s","Did you go to the licensing office yesterday?"),
  ("k","no. inshallah tomorrow"),
  ("s","You said that on Sunday too."),
  ("k","i know ya. last time they send me back 3 times for one paper"),
  ("k","whole day no work no money, and my son university fees this month")],
 "Losing a whole day of fares and being sent back three times — no wonder tomorrow keeps moving. Could you find out before you go exactly which papers they want, so this time you walk in with everything and maybe lose only the morning?")

add("c011", "putting off booking own postnatal check", "young mother, 19, Bristol, no punctuation, exhausted",
 [("s","so the 6 week check is still not booked?"),
  ("k","no shes 10 weeks now and the surgery sent a text i just deleted it"),
  ("s","What's been making it hard?"),
  ("k","they'll ask how im coping n i dont want to say"),
  ("s","You don't have to tell them anything you don't want to."),
  ("k","i dont even know. just tell me what to do im so tired of thinking about it")],
 "Ring the surgery tomorrow morning and say 'I need my postnatal check, my baby's 10 weeks' — that's the whole call. And if they ask how you're coping, 'honestly not great' is an allowed answer; what's the bit you'd be trying not to say?")

add("c012", "putting off clearing late mother's council flat before key return", "Irish man, 40s, Cork, short messages, self-critical",
 [("s","how did the weekend go with your mam's flat?"),
  ("k","went over. sat on the bed for 2 hours. left"),
  ("s","That's still going over. That's not nothing."),
  ("k","council want the keys back by the 20th and theres 40 years of stuff in there"),
  ("k","im useless")],
 "Sitting on your mam's bed for two hours isn't useless, it's what that room does to you. With the 20th coming, would it help to bring someone next time, or start in the kitchen where there's less of her?")

add("c013", "putting off chasing unpaid invoice from cleaning client", "self-employed Portuguese cleaner, 40s, London, ESL",
 [("s","Did the client pay you for October yet?"),
  ("k","no. 3 months now, £420"),
  ("s","That's a lot of money. Have you reminded them?"),
  ("k","i dont want be rude. she is nice lady, maybe she forget"),
  ("k","and if i ask she maybe find other cleaner, there is many girls who want work in that area")],
 "£420 over three months is your wages, not a favour, so asking isn't rude. Something like 'Hi, just a reminder October to December is still outstanding, £420, thank you' — does that feel too much, or could you send something like it?")

add("c014", "putting off hearing test", "Welsh pensioner, 74, ex-quarryman, grumpy humour, 'Duw'",
 [("s","Your wife mentioned the hearing test, you said?"),
  ("k","She's on at me about it yes."),
  ("k","Duw I can hear fine, it's everyone else mumbling. The young ones on the telly especially, they all whisper now."),
  ("s","Ha. What's the worry about going?"),
  ("k","Once you've got the things in your ears you're old. That's it.")],
 "That's a real thing to dread, the aids making it official. What are you missing at the moment because of all the mumbling — chapel, the grandchildren, the telly?")

add("c015", "putting off releasing a finished song", "Nigerian bedroom musician, 22, Lagos, Pidgin ('omo', 'abeg')",
 [("s","So the track is finished?"),
  ("k","omo finished since june"),
  ("s","What's holding the release?"),
  ("k","mix no sweet well. i dey hear every small mistake"),
  ("k","if i drop am and e flop na my name"),
  ("s","Every artist feels that before release."),
  ("k","abeg no be every artist i be")],
 "Fair, you're not every artist — it's your name on it and your ears catching every small thing. Is there one person whose ears you trust you could play it for this week, before you decide anything about dropping it?")

add("c016", "putting off returning grocery store job callback", "Canadian teen, 17, Nova Scotia, anxious, 'like'",
 [("s","did you call the grocery store back?"),
  ("k","no"),
  ("k","they left a voicemail like 4 days ago and i listened to it like 10 times"),
  ("s","what's making it hard to call?"),
  ("k","idk its so awkward. what if they already gave it to someone else and im just like hiii its me lol")],
 "Four days can make it feel like the window's shut, but stores usually wait longer than that. Want to try your first line here — 'Hi, it's ___, returning your call about the job' — and see how it feels?")

add("c017", "putting off bowel screening kit", "lorry driver, 58, Yorkshire, blunt, 'aye'",
 [("s","Did you do the screening kit in the end?"),
  ("k","its in the bathroom cabinet behind the paracetamol where the missus wont see it"),
  ("s","Still in the envelope?"),
  ("k","aye"),
  ("k","dad went with bowel cancer. if i send it off and its bad thats it isnt it")],
 "So it's not the kit that's hard, it's your dad and what the result might say. If anything is there, finding it early is exactly what he didn't get — what would help you get it posted this week, fear and all?")

add("c018", "putting off physics revision (family pressure)", "Egyptian secondary student, 17, Alexandria, 'wallahi', casual",
 [("s","How's revision going for the physics exam?"),
  ("k","wallahi i open book and close it"),
  ("s","What happens in between?"),
  ("k","i think if i get bad grade my father will be so disappointed, all family asking my marks"),
  ("k","so i scroll tiktok lol")],
 "So opening the book means facing your father and every relative asking about marks, and TikTok is the escape hatch — that makes sense. Which physics topic feels least scary, just to open the book on that one tonight?")

add("c019", "putting off disability benefit form for autistic son", "single dad, 40s, Leeds, tired, 'mate'",
 [("s","How far did you get with the DLA form?"),
  ("k","page 3 of 40 lol"),
  ("s","OK. Here's a plan: do 5 pages a night, collect the school reports and the paediatrician letter tomorrow, and ring the helpline Thursday about the hard questions."),
  ("k","mate thats too much. i can barely get him to bed")],
 "Fair, that was way too much to throw at you, sorry. Forget the plan — some night when he's finally asleep, is there one question on page 4 you could answer in a line and leave it there?")

add("c020", "putting off applying for housekeeping supervisor post", "South African hotel cleaner, 52, Durban, 'ag', modest",
 [("s","Did you put your name down for the housekeeping supervisor job?"),
  ("k","ag no. closing date friday"),
  ("s","What's stopping you?"),
  ("k","the young ones have matric, i dont. i left school in standard 8 to look after my brothers"),
  ("k","they will laugh if i apply")],
 "Who would be laughing, the young ones or management? You've cleaned those rooms long enough to know exactly how a floor should run — does the advert actually ask for matric at all?")

add("c021", "putting off opening letters from the bank", "Irish widow, 60s, Limerick, 'sure', weary",
 [("s","Have you opened any of the post from the bank?"),
  ("k","not yet. theres four now"),
  ("k","sure what would I do if its bad news, Tom always dealt with the bank, I wouldnt know where to start"),
  ("s","Ignoring them usually makes things worse though."),
  ("k","I know that. Everyone keeps telling me that")],
 "You do know it, and being told again hasn't opened a single envelope. What if you opened just one while we're talking here, and told me what it says before you decide anything?")

add("c022", "putting off writing memoir for grandchildren", "Vietnamese grandfather, 72, living in Vancouver, formal ESL",
 [("s","How is the writing coming along?"),
  ("k","I have not write anything for two weeks."),
  ("k","I want to write about the boat from Vung Tau but each time I start, the words are not good enough. My grandchildren deserve better English."),
  ("s","Maybe you could write it in Vietnamese first?"),
  ("k","They do not read Vietnamese. That is the sad part. My son speak it a little, the children only say bà ơi and cảm ơn.")],
 "That is sad — the story lives in you in Vietnamese, and they can only read it in English. Would it be easier to tell it out loud first, even record yourself talking about the boat, and worry about the English afterwards?")

add("c023", "putting off telling boss about a wiring mistake", "apprentice electrician, 19, Swansea, slang",
 [("s","did u tell your boss about the socket thing?"),
  ("k","nah"),
  ("s","how come?"),
  ("k","hes gonna think im thick. ive only been there 3 months and the other apprentice never messes up"),
  ("s","Better he hears it from you though"),
  ("k","ye i know. doesnt make it easier tho does it")],
 "No, knowing it doesn't make it any easier. What actually happened with the socket — is it something that could hurt someone if it's left, or more that it'll need redoing?")

add("c024", "putting off cleaning apartment before landlord inspection", "Nigerian-Canadian man, 27, Toronto, low mood, 'bro'",
 [("s","How's the apartment situation?"),
  ("k","bad bro"),
  ("k","inspection is tuesday"),
  ("s","What feels hardest about getting started?"),
  ("k","its so much i dont know where to even start. i look at it and go back to bed and then its dark again")],
 "When it's one big mess, the bed wins every time. Could Tuesday shrink to what the landlord actually checks, like the kitchen and the smoke alarm, and today be just the sink?")
