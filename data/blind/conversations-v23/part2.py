E("c014","task: sending out CVs after a contract ended","Sri Lankan hotel chef back in Kandy after Gulf contract, 30s, brief",[
"S:Hi Nuwan, how are things?",
"U:ok. home 2 months now",
"S:Have you started looking for the next job?",
"U:cv is ready since 3 weeks. not sent",
"S:What's stopping you sending it?",
"U:in Dubai I was sous chef. here they offer commis only. if I send and they say commis, then its true I went backwards",
"S:Sounds like you're worried about going backwards.",
"U:yes thats what i said"],
"Sorry, I only repeated you there. What stands out is that the CV isn't being held back by the CV itself but by what a 'commis' offer would mean about you. Are there places you could send it where your sous chef years would count, like hotel groups that know the Gulf kitchens?")

E("c015","task: booking a driving test","Guatemalan woman living in Houston, 20s, Spanish first language, uses some Spanish",[
"S:Hola Daniela! How did the practice drive go?",
"U:good!! my cousin says I'm ready",
"S:That's great! Have you booked the test?",
"U:jaja no",
"U:every time i open the page i think what if i fail in front of the examiner, i failed the written one first time",
"S:Failing once and passing the second time is so common. You did it with the written one.",
"U:yes but this one i need for the job at the clinic, they need me to drive by next month"],
"So it's not just a test, the clinic job is riding on it, which makes booking feel like pressing go on the whole thing. Looking at the dates, if you booked one for two weeks from now, would there still be time for a second try before next month if you needed it?")

E("c016","task: preparing a French oral presentation","university student in Rabat, Morocco, 19, mixes English and French, lots of 'wlh'",[
"S:Hey Yassine, what's up?",
"U:presentation in french on thursday and i havent started wlh",
"S:What's it on?",
"U:climate migration in the sahel. topic is fine. i just hate talking in front of people",
"S:Have you tried practising in front of a mirror?",
"U:mirror lol no thats worse",
"U:also my french accent is very darija, the prof is from paris"],
"Okay, mirror's out. So it's the standing up plus worrying the prof will judge your accent more than your ideas. Would it help to get the content done first, like the three points you'd make on the Sahel, since that part you said is fine?")

E("c017","task: telling football coach he's quitting","15-year-old boy in Cardiff, very short replies",[
"S:Hey Rhys. What's up?",
"U:nm",
"S:Anything you want to talk about?",
"U:wanna quit football",
"S:How come?",
"U:dont enjoy it anymore. but coach is my mates dad",
"U:and my dad loves coming to watch"],
"That's awkward, it's not just quitting a team, it's your mate's dad and your dad's Saturday too. Who feels harder to tell, coach or your dad?")

E("c018","task: filling in a disability support form for her son","tired mum of three in Liverpool, 30s, messages late at night",[
"S:Hi Kerry, it's late, how are you doing?",
"U:wrecked. kids finally down",
"U:got the form for jaydens DLA on the table again. 40 pages",
"S:That's a huge form. What section are you on?",
"U:havent started. you have to write about his worst days. i dont want to write down how bad it is",
"S:It can feel awful to describe your child at his worst. Do you want some tips on how to fill it in?",
"U:not really no. i know how to fill it in"],
"Okay, no tips then. It sounds like the hard part is that writing down his worst days makes you look at them all in one go. Is it the writing it down, or someone reading it and judging him, or you?")

E("c019","task: sorting power of attorney for her dad","carer for father with dementia, Aberdeen, 50s, writes in full sentences",[
"S:Hello Fiona, how has the week been with your dad?",
"U:Difficult. He didn't recognise me on Tuesday for about an hour.",
"S:That must have been very painful.",
"U:It was. The social worker keeps reminding me to get power of attorney sorted while he can still sign.",
"U:I have the forms. I just can't bring myself to sit him down with them.",
"S:What do you think makes it so hard?"  ,
"U:It feels like I am signing him away. Like admitting he's going."],
"After Tuesday, sitting him down with forms must feel like putting in writing what you're watching happen. It might help to remember that he's the one doing the choosing, he's picking you to look after things for him. Is there a better time of day, when he's most himself, when you could bring it up?")

E("c020","task: releasing a song online","22-year-old bedroom producer in Nairobi, slang, hype but insecure",[
"S:Hey Kev, how's the track?",
"U:its done done. mixed, mastered, cover art ready",
"S:Amazing! When's it going up?",
"U:thats the thing lol. been 'done' since august",
"U:every time i go to upload i hear something wrong in the snare",
"S:Could you set a release date and tell your friends so you have to do it?",
"U:nah that just makes me more stressed ngl"],
"Fair, announcing it would just add pressure. It sounds like the snare is kind of a safe reason not to press upload. What's the worst thing you think will happen the day it's actually out?")

E("c021","task: opening a letter from the benefits office","cleaner in a care home in Swindon, 50s, Ghanaian-British, polite",[
"S:Hello Comfort, how are you today?",
"U:I am managing thank you. There is a brown envelope from universal credit on my table since Friday.",
"S:You haven't opened it yet?",
"U:No. Last time they cut my money because I did extra shifts. I cannot face more bad news.",
"S:That makes sense after last time.",
"U:My daughter says open it, it could be nothing. But my hands don't want to."],
"Your hands not wanting to open it makes sense after what happened last time. Would it feel any easier to open it with your daughter there, or to open it while we're talking and just read me the first line?")

E("c022","task: replying to estranged sister's email","retired train guard in Cork, 70s, formal, slightly stiff",[
"S:Good evening, Donal. You said something arrived this week?",
"U:Yes. An email from my sister Maureen. We have not spoken since our mother's funeral in 2009.",
"S:That's a long time. What did she write?",
"U:She says she is unwell and would like to hear from me. That is all.",
"S:How do you feel about replying?",
"U:I have started four replies. Each one is either too cold or too much.",
"U:I am seventy three. I do not want to get it wrong."],
"Fifteen years is a long silence to answer, so no wonder every draft feels off. It might not need to settle anything yet, maybe just that you got her message, you're sorry she's unwell and you'd like to hear more. What would you want her to feel when she reads it?")

E("c023","task: washing up and laundry piling up","software tester in Lisbon, 30s, Portuguese, dry humour",[
"S:Hi Inês, how's the flat?",
"U:currently an archaeological site",
"S:Haha. How long has it been like that?",
"U:3 weeks. every dish is dirty. i eat from the pot",
"S:What happens when you think about starting?",
"U:i think i have to do all of it properly or there's no point. half clean kitchen is worse somehow",
"S:What about setting a timer for ten minutes?",
"U:why would ten minutes help if it's 3 weeks of mess"],
"Fair question, ten minutes won't clear three weeks, but it's a way of starting without having to do the whole thing properly. If you washed just one plate and one fork tonight so you're not eating out of the pot, would that feel pointless or kind of okay?")

E("c024","task: booking a smear test","34-year-old bus driver in Belfast, survivor, guarded, short",[
"S:Hi Niamh. What's brought you here today?",
"U:got a reminder letter for smear test. 3rd one",
"S:Have you been able to book it?",
"U:no",
"S:Is there anything that makes it hard?",
"U:stuff that happened when i was younger. dont really want to go into it"],
"You don't need to go into it, and thanks for telling me that much. A lot of people with a past like that find it helps to tell the nurse at booking that it's hard for them, so they can go slowly, stop when you say, or let you bring someone. Would knowing you can ask for that make booking feel any different?")
