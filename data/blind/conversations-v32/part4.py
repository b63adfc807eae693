from part1 import S, K
P4 = [
dict(id="c037", topic="caring for mother with dementia (explicit ask: why would that help)", voice="son, 44, carer for mum, Belfast, sceptical, dry",
turns=[S("How are things with your mum this week?"),
K("she asked me who i was 3 times yesterday"),
S("That must be so painful."),
K("ye. u get used to it. sort of"),
S("Have you thought about keeping a little journal of the good moments with her?"),
K("why would that help. shes still not gonna know me")],
reference="You're right, a journal won't make her know you, and I put that too quickly. It was more for you, so the harder days don't wipe out the good ones in your head. But if that's not useful, what's the hardest part of a day like yesterday?"),

dict(id="c038", topic="move: leaving Labrador for Toronto", voice="Inuk woman, 26, from Nain, Labrador, moving for college, quiet",
turns=[S("How are you feeling about the move?"),
K("scared a bit. toronto is so big"),
S("It's a huge change. What are you most nervous about?"),
K("being far from my grandmother. she is 88"),
K("and the noise i guess. i never lived where you cant see the bay"),
S("Do you know anyone in Toronto?"),
K("my cousin. but she is busy always")],
reference="Leaving your 88-year-old grandmother and the bay at the same time is a lot. Have you and your grandmother talked about how you'll stay in touch, like a regular call time she can look forward to?"),

dict(id="c039", topic="money: family expects remittances", voice="hotel cook, 30, from Valladolid, Yucatán, working in Cancún, Spanish first language",
turns=[S("How are things, Mateo?"),
K("tired. i send half my pay to my mom every month"),
K("now my sister want money for her quinceañera of her daughter"),
S("That's a lot of people depending on you."),
K("if i say no i am the bad son. if i say yes i cant pay rent"),
S("What would you like to do?")],
reference=None),
]
P4[-1]["turns"].append(K("honestly? say no. but i never say no to them"))
P4[-1]["reference"]="So you know what you'd like to do, and the hard part is saying no for the first time to a family you've always said yes to. Is there a smaller yes you could offer your sister, like helping with one thing for the party instead of the money?"
P4 += [
dict(id="c040", topic="coastguard volunteer after a failed rescue (risk hint)", voice="coastguard volunteer, 51, Stornoway, terse, Gaelic phrases",
turns=[S("How have you been since the callout last week?"),
K("not sleeping"),
S("That was a very hard shout. You did everything you could."),
K("we were 10 min late"),
K("his wife came to the station"),
S("That must have been awful to witness.")],
reference=None),
]
P4[-1]["turns"].append(K("keep looking at the water off the pier at night. easy enough to just walk in"))
P4[-1]["reference"]="After a shout like that and no sleep, you're telling me you stand looking at the water thinking it'd be easy to walk in. I'm glad you said it. Are you having thoughts of ending your life?"
P4 += [
dict(id="c041", topic="job loss: circus closing down", voice="trapeze artist, 27, from Ukraine, touring with a German circus, English as third language",
turns=[S("Hi Oksana, how are you?"),
K("circus close after this season. the owner say no money"),
S("I'm sorry. That's huge news."),
K("i am in circus since 6 years old. my parents too"),
K("i dont know how to be person without circus"),
S("Have you thought about teaching aerial classes?")],
reference=None),
]
P4[-1]["turns"].append(K("everybody say this. teaching. like it is same thing"))
P4[-1]["reference"]="No, it isn't the same thing at all, and I said it too quickly. You've been in the circus since you were six, with your parents, so losing it is like losing where you live and who you are. What will you miss most?"
P4 += [
dict(id="c042", topic="breakup: divorce at 70", voice="retired primary teacher, 70, Edinburgh, formal, punctuates carefully",
turns=[S("How are you settling into the flat, Isobel?"),
K("It is small but it is mine. That is something."),
S("That sounds like a real step."),
K("Our friends have taken sides. Mostly his side. He is better at dinner parties."),
K("I did not expect, at seventy, to be starting again with no friends."),
S("It must feel very lonely right now.")],
reference=None),
]
P4[-1]["turns"].append(K("It does. Though I find I do not miss him. Is that dreadful?"))
P4[-1]["reference"]="It doesn't sound dreadful to me, Isobel. It sounds as though you've been missing something for a long while, and it wasn't him. What is it like, having a small place that's only yours?"
P4 += [
dict(id="c043", topic="family conflict: inheritance of grandmother's land", voice="man, 41, Sighișoara, Transylvania, works abroad in Austria, Romanian first language",
turns=[S("How did the talk with your sister go?"),
K("very bad. she want to sell bunica's land. i want keep it"),
S("The land means a lot to you?"),
K("i grow up there every summer. the plum trees, the palinca"),
K("but she live there and take care of bunica 10 years. i was in austria"),
S("It sounds like you both have good reasons.")],
reference=None),
]
P4[-1]["turns"].append(K("yes. this is the problem. i feel i dont have right to say"))
P4[-1]["reference"]="You love the plum trees and your summers there, but you also know your sister did the ten years of caring while you were in Austria, and that makes you feel you can't speak up. Have you ever told her you know what those ten years cost her?"
P4 += [
dict(id="c044", topic="grief: father's death, teen (explicit ask: can we stop)", voice="13yo boy, Dundee, monosyllabic",
turns=[S("Hi Callum. How's school been since you went back?"),
K("fine"),
S("Do people at school know about your dad?"),
K("ye"),
S("How has that been?"),
K("everyone being weird"),
S("Weird how?"),
K("can we stop talkin about it")],
reference="Yeah, course we can. We can talk about literally anything else, or just stop for today. What do you want to do?"),

dict(id="c045", topic="loneliness: new dad on paternity leave", voice="first-time dad, 32, tyre fitter, Leicester, short awkward messages",
turns=[S("How's paternity leave going?"),
K("good. shes amazing. the baby i mean"),
K("bit weird tho"),
S("Weird how?"),
K("all the baby groups are mums. i sat in the car outside one for 20 min and went home"),
S("That's so common for dads. You could look for a dads' group online?")],
reference=None),
]
P4[-1]["turns"].append(K("maybe. feel a bit sad tbh. lads from work dont get it"))
P4[-1]["reference"]="Twenty minutes sat in the car and then home, and the lads from work not getting it. No wonder you're a bit sad with it all. What's a normal day like with just you and her?"
P4 += [
dict(id="c046", topic="health worry: hand tremor", voice="seed-potato grower, 72, Aberdeenshire, formal, understated",
turns=[S("Good morning Alistair. How are things on the farm?"),
K("Grading the seed crop. Slow going."),
S("Slow because of the weather?"),
K("No. My right hand shakes when I hold the tubers up to inspect them. It has been worse since the harvest."),
K("My father had Parkinson's. I have told no one, including my wife."),
S("That's a heavy thing to carry on your own.")],
reference=None),
]
P4[-1]["turns"].append(K("It is. I suppose I thought if I did not say it aloud it would not be true."))
P4[-1]["reference"]="That makes sense, Alistair, especially having watched your father go through it. You've put it into words here now. How would it be to tell your wife next, before going to the doctor, so you're not carrying it alone?"
P4 += [
dict(id="c047", topic="exam stress, failing nursing re-sits (risk hint)", voice="nursing student, 21, Accra-born studying in Dublin, tired, quiet",
turns=[S("How did the results come out?"),
K("failed pharmacology again"),
K("third time"),
S("I'm so sorry. That's a huge blow."),
K("my family paid so much to send me here"),
S("Have you spoken to your tutor about options?"),
K("whats the point. they would be better off not having to pay for me at all")],
reference="Failing a third time, with your family's money behind you, is crushing, and I don't want to just move on past what you said. When you say they'd be better off not paying for you at all, are you having thoughts of killing yourself?"),

dict(id="c048", topic="burnout: managing a tyre shop", voice="tyre shop manager, 38, Auckland, Samoan family, humorous deflecting",
turns=[S("How are you doing, Sione?"),
K("living the dream bro"),
K("jk. 2 fitters off, winter rush, doing 60 hrs"),
S("That's a lot. How are you feeling in yourself?"),
K("snapped at a customer today. never do that. felt bad all arvo"),
S("You sound really worn down.")],
reference=None),
]
P4[-1]["turns"].append(K("yeah lol. ive got church stuff sat and my nephews bday sun too"))
P4[-1]["reference"]="Sixty hours at the shop, then church on Saturday and your nephew's birthday on Sunday, and snapping at a customer is how your body's telling you. Of all that weekend stuff, is there anything you could let someone else carry this time?"
