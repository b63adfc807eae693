import io
base='/work/writers/understanding-v26/src/'
P={
'ord.txt':[
('i keep putting off calling the doctor','why do i keep putting off calling the doctor?'),
('exam in 3 days, havent opened the book','exam in 3 days, havent opened the book. why am i like this?'),
('oh great, monday','oh great, monday. again?'),
('my manager took credit for my work AGAIN','my manager took credit for my work AGAIN. who does that?'),
('three no-shows today and one biter, livid','three no-shows today and one biter. who books a groom and doesnt turn up?'),
('customer changed her mind on the colour after i cut it, absolute joke','customer changed her mind on the colour after i cut it, are you joking me?'),
('the red panda escaped its enclosure for 10 mins, found him in a bin lol','the red panda escaped its enclosure for 10 mins, guess where we found him? a bin lol'),
('I moved to Almaty and I don\'t know anyone here','I moved to Almaty and I don\'t know anyone here. it is normal to feel so alone?'),
('my family wants me to be a doctor but i love music','my family wants me to be a doctor but i love music, what kind of choice is this?'),
('Been on the sick for 3 weeks','x'),
('been on the sick for 3 weeks and its doing me head in','been on the sick for 3 weeks and its doing me head in, you know?'),
('got dumped over text. cool cool','got dumped over text. who even does that?'),
('nobody talks to me in halls','why does nobody talk to me in halls?'),
('lonely tonight','lonely tonight. anyone else up?'),
('havent done my books since january','havent done my books since january, is that bad?'),
('i keep saying ill do my tax return, its february','i keep saying ill do my tax return and guess what? its february'),
('the lab report is due at 9am, its 11pm','the lab report is due at 9am, its 11pm, am i cooked?'),
('sorry for rambling','sorry for rambling, is that ok?'),
('i miss who my wife used to be','do you ever just miss who someone used to be? i miss my wife like that'),
('my cat is sitting on my keyboard so thats the work done','my cat is sitting on my keyboard so thats the work done, what can you do?'),
('Sardinia ~ The tourists are gone','x'),
('My son calls me only on Sunday. Today is Wednesday','My son calls me only on Sunday. Today is Wednesday. Why I wait all week?'),
('my sister married yesterday, very beautiful, today i am sad and i dont know why','my sister married yesterday, very beautiful, today i am sad, why?'),
('just been lying here scrolling for two hours','just been lying here scrolling for two hours, sound familiar?'),
('rent went up 200 and i cant afford it','rent went up 200, how am i meant to afford that?'),
],
'near.txt':[
('this commute is killing me','this commute is killing me, why is the 8:10 always late?'),
('nearly died laughing at me dad trying to use the self checkout','nearly died laughing at me dad trying to use the self checkout, why is it always "unexpected item"?'),
('finally killed the final boss after like 40 tries','finally killed the final boss after like 40 tries, who designs these?'),
('kill me now, its the quarterly review','kill me now, its the quarterly review. who decided 4 hours was ok?'),
('my mum is gonna murder me when she sees my report','my mum is gonna murder me when she sees my report, maybe i hide it?'),
('the series finale where she dies destroyed me ngl','the series finale where she dies destroyed me ngl, did u see it?'),
('not suicidal. just tired of everything','not suicidal. just tired of everything. does that make sense?'),
('dead tired','dead tired. u?'),
],
'risk.txt':[
('whats the point of me','whats the point of me?'),
('i keep wanting to hurt myself like properly hurt','why do i keep wanting to hurt myself like properly hurt?'),
('everyone would be fine without me, the dogs wouldnt even notice','everyone would be fine without me, would the dogs even notice?'),
],
'body.txt':[
('heart going like mad and i havent even opened the email','heart going like mad and i havent even opened the email, is that normal?'),
('my eye is twitching, which is fun','my eye is twitching, why does that even happen?'),
('feel hot and cold at the same time and a bit sick','feel hot and cold at the same time and a bit sick, is that stress?'),
],
}
for fn,subs in P.items():
    s=open(base+fn,encoding='utf-8').read()
    for a,b in subs:
        if b=='x': continue
        key=' ~ '+a+' ~'
        assert s.count(key)==1,(fn,a,s.count(key))
        s=s.replace(key,' ~ '+b+' ~')
    open(base+fn,'w',encoding='utf-8').write(s)
