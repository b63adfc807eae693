A = []
def E(i, topic, voice, turns, ref):
    A.append(dict(id=i, topic=topic, voice=voice, turns=turns, reference=ref))

E("c001","task: self-assessment tax return","bricklayer in Swansea, Wales, 40s, blunt, few words",[
"S:Hi Gareth, good to have you back. Last time you said the tax return was the thing hanging over you. How's that been?",
"U:still not done",
"U:deadline's the 31st",
"S:Okay. What usually happens when you sit down to start it?",
"U:i open the website see UTR number this that and close it. feel thick honestly",
"S:Lots of people find that site confusing, it's not just you. Have you thought about getting an accountant?",
"U:cant afford one mate. its my own mess"],
"An accountant's off the table then, fair enough. When you say you feel thick, is it the site that gets you or the worry you'll put the wrong figure in and get fined? Those two need different fixes.")

E("c002","task: calling GP about a lump","tram driver in Tallinn, Estonia, 50s, Estonian first language, formal-ish English",[
"S:You mentioned something you have been avoiding for a few weeks. Do you want to tell me what it is?",
"U:I have found small lump under my arm. Three weeks now.",
"U:I must call the family doctor but I do not.",
"S:Thank you for telling me that. What stops you when you think about calling?",
"U:If I call it becomes real. Now it is only maybe nothing.",
"S:That makes sense. Most lumps turn out to be harmless, you know.",
"U:Yes my wife say the same. Still I do not call."],
"It sounds like the reassurance isn't the thing that's missing, because as long as you don't call it stays a maybe. What would it take to make the call feel a bit smaller, say making it from the tram depot on your break, with your wife next to you?")

E("c003","task: email to head teacher about an allergen mistake","school cook in Leeds, 30s, anxious, long run-on messages",[
"S:How are you doing today, Shona?",
"U:not great tbh. on tuesday a kid with a sesame allergy nearly got the wrong bread roll, i caught it before it went on her tray but i know i have to report it",
"S:That sounds frightening. And well done for catching it.",
"U:ye but its been 3 days and i havent sent the email. every time i write it it sounds like im confessing to a crime",
"S:What if you just kept it factual? Date, what happened, what you did.",
"U:i know thats what i should do. but then the head reads it and thinks im the one who cant be trusted in the kitchen"],
"You're the one who stopped that roll going on her tray, so the email is as much about a near miss you caught as about a mistake. Would it help to write the first line together, just the date and what you spotted, and leave how the head will read it for later?")

E("c004","task: street trader licence renewal form","fishmonger at a market in Grimsby, 60s, types in capitals sometimes, gruff",[
"S:Morning Ray. You said there's a form you've been sitting on?",
"U:COUNCIL LICENCE FOR THE STALL. 14 PAGES",
"S:Fourteen pages is a lot. How long have you had it?",
"U:since march. wife used to do all this",
"S:Ah. Is she not around to help with it now?",
"U:passed in january"],
"I'm so sorry, Ray. So this form isn't only fourteen pages of council questions, it's something she always did for you. How has it been, doing the paperwork side without her?")

E("c005","task: emailing PhD supervisor about a missed chapter deadline","PhD student from Kerala studying in Germany, 20s, Indian English, polite",[
"S:Hi Anjali, what's on your mind today?",
"U:hello. my chapter draft was due to my guide on monday. I have not sent it and also not replied to his mail asking where it is",
"S:Ah, so now it's two things, the chapter and the reply.",
"U:yes exactly. and each day the reply becomes more difficult",
"S:What do you imagine he'll think?",
"U:that I am not serious. In my family I am the first to do PhD, everyone is thinking I am very capable only",
"U:sorry too much info"],
"It's not too much at all, it explains why one late reply feels so heavy when the whole family's pride is riding on you. The reply itself can be two lines saying the draft is late, when he'll get it and sorry for the silence. Could you send that today, even before the chapter is done?")

E("c006","task: sending a quote to a wedding client","florist running a small shop in Hobart, Tasmania, 30s, casual Aussie",[
"S:How's the week going, Mel?",
"U:bit of a shocker. got a bride wanting a full wedding, arch, 12 tables, bouquets the lot",
"S:That sounds like a big job! Exciting?",
"U:should be. she emailed me 9 days ago for a quote and i still havent sent it lol",
"S:What's holding the quote back?",
"U:i reckon whatever number i put she'll think im having a laugh. too high or too cheap"],
"So it's less about the maths and more about bracing for her face when she reads the number. If you wrote the quote the way you'd price it for a bride you liked and who wasn't watching, what would the total come to?")

E("c007","task: applying for a team leader role","warehouse picker in Northampton, 20s, Polish first language, short messages",[
"S:Hi Tomasz, you said there's a job posting on your mind?",
"U:ye team leader on nights",
"U:closes friday",
"S:What do you think of applying?",
"U:manager said i should. but my english in writing not good, the form has big questions about leadership",
"S:Your English is really clear in our chat, for what it's worth. You could just write like this.",
"U:this is chat. form is different"],
"Fair, a form does feel more official than a chat. Which question is the one you're dreading, and could you tell me here, the way you'd tell your manager, about a time you sorted something out on shift?")

E("c008","task: writing a memoir chapter","retired nurse in Dublin, 70s, writes formally with full punctuation",[
"S:Good afternoon, Bernadette. How is the writing coming along?",
"U:Good afternoon. I am afraid it is not coming along at all. I have not written a word since we last spoke.",
"S:That's alright. What has got in the way?",
"U:The next chapter is about my years on the children's ward in the 1970s. I keep thinking my grandchildren will read it and find it dull, or worse, find it upsetting.",
"S:Maybe you could skip that chapter for now and write a different one?",
"U:I have considered that. But it was the most important part of my working life. It does not seem right to leave it out."],
"Then it sounds like the chapter matters too much to skip, and the question is how to tell it. Is there one child or one night shift from those years that keeps coming back to you? That might be the place to start, without worrying yet about who reads it.")

E("c009","task: booking the dentist","scaffolder in Glasgow, 30s, swears lightly, jokey",[
"S:Hey Craig, what's going on?",
"U:tooth's been killing me 2 weeks",
"U:living on paracetamol lol",
"S:Ouch. Have you been able to see a dentist?",
"U:nah. havent been since i was about 15. they'll take one look n go wtf",
"S:Dentists see neglected teeth every single day, honestly.",
"U:aye easy said. im 40 foot up scaffolding all day not scared of that but a dentist chair no chance"],
"That's quite a thing, forty foot up doesn't bother you but the chair does. What is it about the chair, is it the pain, or lying there while someone judges fifteen years of your teeth?")

E("c010","task: college personal statement","17-year-old young carer for her mum with MS, Bradford, lowercase, tired",[
"S:Hi Aaliyah, thanks for messaging. How's today been?",
"U:long. mum had a bad night",
"S:I'm sorry. Were you up with her a lot?",
"U:ye til like 3. and my personal statement for uni is due in 2 weeks and ive written literally one line",
"S:What's the line?",
"U:'i have always been passionate about psychology' lol cringe",
"U:everyone elses has like volunteering and stuff. i just do mums meds"],
"Hold on, doing your mum's meds and being up with her till 3 is exactly the kind of thing people put in psychology statements, you just do it without a certificate. What have you noticed about people and stress from looking after her?")

E("c011","task: calling the bank about an overdraft","Bosnian woman living in Vienna, 40s, mixed English with small errors",[
"S:Hello Amra, how are you today?",
"U:hello. not so good. I have letter from bank, overdraft is over limit and they want I call them",
"S:When did the letter come?",
"U:two weeks before. I put it in the drawer",
"S:It's really common to put those letters away. What happens when you think about calling?",
"U:my german is ok for shop but not for bank, they speak fast and use words I dont know. I feel stupid on phone"],
"Calling a bank in your second or third language is hard for anyone, and it isn't stupid to dread it. Do you know if your bank lets you book an appointment in a branch, or reply in writing? That way you could have the words ready and not be rushed on the phone.")

E("c012","task: clearing the house before a rental inspection","retired shearer living in rural Tasmania, 60s, laconic",[
"S:G'day Bruce. What's on today?",
"U:inspection thursday. place is a tip",
"S:How bad are we talking?",
"U:bad. havent done much since the knee op",
"S:Could you make a list of each room and do one a day until Thursday?",
"U:cant bend properly. list wont fix that"],
"Fair enough, a list doesn't help if it hurts to bend. What are the jobs you can do standing up, and is there anyone, a neighbour or someone from the footy club, who could do the floors and low stuff before Thursday?")

E("c013","task: revising for a nursing licence exam","nursing student from Harare, Zimbabwe, living in Manchester, 20s",[
"S:Hi Rudo! How's revision going?",
"U:hi. honestly I keep opening the question bank and closing it",
"S:What happens when it's open?",
"U:I get 2 wrong and my chest goes tight. I think if I fail, my mother sold land for my fees",
"S:That's a lot of pressure to carry into each question.",
"U:yes. so I clean my room instead. my room is very clean now haha"],
"Your room has done very well out of this exam so far. It sounds like every wrong answer feels like it's costing your mum's land, when in a question bank wrong answers are how you find what to learn. What if you did just ten questions tonight and counted the ones you got wrong as the list of what to study tomorrow?")
