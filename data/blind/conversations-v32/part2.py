from part1 import S, K
P2 = [
dict(id="c016", topic="task: replying to a bad online review", voice="dive instructor, 38, Labuan Bajo, Flores, Indonesian first language, short",
turns=[S("Hi Yudi, you said the review was still bothering you?"),
K("yes. one star. say i rush the briefing and 'unsafe'"),
K("11 years never accident"),
S("That must hurt when safety is so important to you."),
K("the boss say answer it today. i write 3 times, all sound angry"),
S("What would you want other divers reading it to know?"),
K("that i check every tank every time. but if i say this it look like i fight her")],
reference="You can say you check every tank every time without arguing with her. Something like 'thank you for the feedback, safety is the centre of every dive we run' and then one line about how you brief and check. Would you like to paste one of your three drafts here and we can take the anger out together?"),

dict(id="c017", topic="task: thesis chapter", voice="PhD student, 28, Cluj-Napoca, Transylvania, Romanian/Hungarian, ironic",
turns=[S("How's chapter 3?"),
K("chapter 3 is a folder with a title"),
S("Ha. What's the folder called?"),
K("'ch3_FINAL_real'. it is empty. very honest folder"),
S("What's been happening when you sit down to write?"),
K("my supervisor said ch2 was 'descriptive'. one word. i've been hearing it for 6 weeks")],
reference="Six weeks of one word echoing, with no explanation of what she actually wanted. That's enough to freeze anyone. Have you been able to ask her what 'descriptive' meant, or has the word just been sitting there doing all the damage?"),

dict(id="c018", topic="task: breast screening appointment", voice="woman, 52, school dinner lady, Swansea, chatty, lots of messages",
turns=[S("Hi Bev, how are you doing?"),
K("oh not bad love not bad"),
K("got another letter from the screening place"),
S("Is that the mammogram one you mentioned?"),
K("yes thats the second reminder now. ive not rung them"),
K("my sister had it found on hers 2 yrs ago and shes fine now but i just keep thinking what if"),
S("That's completely understandable. But early detection saved your sister.")],
reference=None),
]
P2[-1]["turns"].append(K("i know i know everyone keeps telling me that"))
P2[-1]["reference"]="Sorry Bev, you've heard that plenty and it doesn't touch the 'what if'. When you picture ringing them, is it the call itself that's hard, or what might come after it?"
P2 += [
dict(id="c019", topic="task: practice test for driving theory (explicit ask: reminder)", voice="delivery rider, 20, Lisbon-born living in Birmingham, Portuguese first language",
turns=[S("So you said the theory test is booked?"),
K("ye for 19th. i need do the practice tests but always tomorrow tomorrow"),
S("What time of day do you usually have some free time?"),
K("after 8pm when shifts finish"),
S("How about doing just one practice test tonight after 8?"),
K("ok. can u message me at 8 to remind? i will forget for sure")],
reference="I can't send you a message on my own at 8 from here, sorry. Could you set a phone alarm right now for 8:05 and label it 'one test only', then come back and tell me your score? I'd really like to hear how it goes."),

dict(id="c020", topic="task: sending a demo to a venue", voice="folk fiddler, 44, Donegal, wry, long pauses between messages",
turns=[S("Did you send the demo to the festival booker?"),
K("no"),
S("What happened?"),
K("listened back to it"),
K("bit at 2:10 where i rush the reel. cant unhear it"),
S("Would anyone else even notice that?")],
reference=None),
]
P2[-1]["turns"].append(K("the booker would. hes a fiddler too"))
P2[-1]["reference"]="Fair, so he might notice 2:10. He's also a fiddler who knows every live player rushes a reel now and then, and he's booking someone for a festival stage, not a recording. Is it the whole demo you're unhappy with, or mainly those few seconds?"
P2 += [
dict(id="c021", topic="task: returning a faulty wheelchair part / refund claim", voice="carer for husband with MS, 61, Northampton, formal, tired",
turns=[S("How have you been, Pauline?"),
K("Tired. Keith had a bad night."),
S("I'm sorry. That's hard on both of you."),
K("The new footplate for his chair is the wrong size. I must return it and claim the money back. £140."),
K("I have had the box by the door for three weeks. The website wants me to print a label and I do not have a printer. It all feels too much."),
S("Could a neighbour print it for you?")],
reference=None),
]
P2[-1]["turns"].append(K("Perhaps. I hate asking for things. I ask for so much already."))
P2[-1]["reference"]="You carry so much for Keith that asking for one more favour feels like a lot, even a small one. A lot of couriers and post offices can print the label from a code on your phone now. Shall we check whether that works for this return, so you don't need to ask anyone?"
P2 += [
dict(id="c022", topic="task: going through unopened council letters (explicit ask: just tell me what to do)", voice="warehouse picker, 33, Polish, living in Peterborough, terse",
turns=[S("You mentioned a pile of letters from the council?"),
K("yes. maybe 8. brown envelopes"),
S("How long have they been there?"),
K("since summer"),
S("What do you imagine is in them?"),
K("debt. council tax i think. i miss some months"),
S("How are you feeling about it all right now?"),
K("i dont want talk about feelings. just tell me what to do first")],
reference="OK. Open only the newest envelope tonight and find two things, the amount and the phone number, nothing else. Councils almost always agree a payment plan if you call before it goes to enforcement, so that letter is the one that matters."),

dict(id="c023", topic="task: launching an online knitting shop", voice="retired tollbooth worker, 67, Humber Bridge, knits, new to the internet, formal and slightly confused by tech",
turns=[S("Hello Maureen, how is the shop coming along?"),
K("Hello. I have 40 hats knitted. I have not put one on the internet yet."),
S("What's holding you back?"),
K("My grandson set it up. It asks for a price and I do not know what to charge. If I say £25 people will think who does she think she is."),
S("Have you looked at what other sellers charge?"),
K("Yes. They charge £30. But theirs are very good.")],
reference="Maureen, forty hats in, you know your stitches better than anyone, and I'm not sure theirs are as much better as they look to you. What if you put just one hat up at £25 and see what happens? Nobody has to think anything until someone's bought one."),

dict(id="c024", topic="task: washing pile / chores", voice="16yo boy, Hamilton NZ, sarcastic, minimal punctuation",
turns=[S("hey, how's it going?"),
K("mum took my phone til i do my room so im on the laptop lol"),
S("Ha. How bad is the room?"),
K("like biohazard. floordrobe"),
S("Where would you even start?"),
K("idk thats the problem i walk in and just lie on the bed"),
K("its too much stuff")],
reference="Yeah, when the whole floor is one big pile it's hard to see where to start. Want to try just the clothes, grab anything that's clothes and chuck it in the basket without sorting clean from dirty? That's like ten minutes and the floor will look way different."),
]
