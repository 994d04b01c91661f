// English lexicon, written by hand from general knowledge of review language and PLAYBOOK.md.
// Terms are lower case; multi-word terms are matched on word boundaries.
import { en, type LexiconSpec } from './types';

export const EN: LexiconSpec = {
  sentiment: [
    [
      2.5,
      en(`couldn't have been easier|couldn't have been simpler|couldn't have been better|could not have been easier|could not have been simpler|could not have been better|couldn't be easier|couldn't be simpler|couldn't be better|could not be better|can't be beat|can't be beaten|cannot be beat|
      can't live without|couldn't live without|could not live without|cannot live without|can not live without|can't imagine life without|
      what's not to like|whats not to like|what's not to love|whats not to love|nothing to dislike|nothing not to like|
      what's there to complain about|what is there to complain about|whats there to complain about|
      where has this been all my life|where have you been all my life|where was this all my life|why did i wait so long|what took me so long|
      should have bought it sooner|should have bought one sooner|should have bought it earlier|should have bought it a long time ago|should have bought this sooner|should have gotten one sooner|should have got one sooner|wish i had bought it sooner|wish i'd bought it sooner|need i say more|
      everything i expected|everything i wanted|everything i needed|everything i hoped|all i need|all i needed|better than expected|better than i expected|more than i expected|more than expected|
      five star|5 star|5-star|five-star|very satisfied|a joy|joy to use|love it|loved it|love this|love my|love the|loves it|love love|highly recommend|highly recommended|
      excellent|amazing|awesome|fantastic|wonderful|outstanding|superb|perfect|perfectly|best|the best|
      five stars|5 stars|a+|exceeded my expectations|exceeded expectations|works great|works perfectly|
      works well|worked great|working great|great product|great value|great deal|great price|must have|
      couldn't be happier|could not be happier|very happy|so happy|very pleased|extremely happy|
      love|loved|loving|impressive|incredible|brilliant|terrific|fabulous|phenomenal|flawless|10/10|
      can't say enough good|cannot say enough good|can't say enough about|cannot say enough about|can't say enough|
      can't recommend it enough|cannot recommend it enough|can't recommend this enough|cannot recommend this enough|
      can't recommend enough|can't recommend them enough|can't thank you enough|cannot thank you enough|
      lived without it|live without it|do without it|what i'd do without it|what i would do without it|
      why i waited so long|why i waited this long|why i waited|wish i hadn't waited|shouldn't have waited so long|
      how i ever lived without|how did i live without|how we lived without|
      can't get enough|cannot get enough|can't stop using|can't stop talking|won't stop talking|can't stop playing|
      won't stop playing|can't stop listening|can't stop asking|won't stop asking|can't stop watching|can't stop laughing|
      can't stop smiling|can't stop reading|managed without|managed before|got by without|get by without|can't put it down|couldn't put it down|could not put it down`),
    ],
    [
      1.6,
      // Common misspellings of praise in quick reviews ("amazng", "recomend"), and positive
      // rhetorical questions ("What more could you want for the price?", "Who knew…?") whose
      // question mark asks for nothing (sentiment-blind4, tuning half; read with rhetorical()).
      en(`amazng|amzing|amazin|amaizing|awsum|recomend|recomended|reccomend|reccommend|fantastik|brillant|gud|wonderfull|
      what more could you want|what more could you ask for|what more can you ask for|what more do you want|what more could anyone want|
      hard to fault|difficult to fault|can't fault|cannot fault|a keeper|it's a keeper|definitely a keeper|
      wouldn't be without it|would not be without it|wouldn't be without one|be lost without it|lost without it|couldn't do without it|
      what more could one want|what more can you want|what more could i want|what more could i ask for|who knew|who would have thought|
      who'd have thought|who would've thought|who would have guessed`).concat(
        // Buying more of it is the verdict ("ordered another for my sister", "bought one for each room");
        // negated ("won't be buying another") it turns like any praise.
        en(`better than i thought|more than i thought|easier than i thought|faster than i thought|quicker than i thought|
      stronger than i thought|sturdier than i thought|nicer than i thought|better than we thought|easier than we thought|
      more than we thought|faster than we thought|
      been using it every|been using it daily|been using it for|still using it|still use it|use it every|
      won me over|won us over|win you over|miles ahead|miles better|leaps and bounds|ordered another|ordering another|bought another one|got another one|getting another|bought one for each|ordered one for each|
      bought two more|ordered two more|bought three more|without a second thought|without hesitation|
      deserved one|deserves one|deserved a review|deserves a review|deserves five stars|deserves 5 stars|deserves every star|
      is everything|everything that i expected|everything i could want|everything you could want|step up|big step up|
      fixed the issue|fixed the glitch|fixed the problem|got it fixed|got it working|got it to work|fit very well|fits very well|fit well|fits nicely|fit nicely|fits securely|fit securely|fits snugly|fits comfortably|fit perfectly|again and again|
      fixes the problem|fixed the problem|fixes all the problems|fixed all the problems|solved the problem|solves the problem|solved my problem|
      knows what they're doing|know what they're doing|knew what they were doing|don't even notice|don't even realize|forget it's there|forget it is there|
      would never know|you'd never know|never would know|never know it was|never know it's|regret nothing|
      use it for|use it to|using it for|using it to|use this for|use them for|use it daily|use it every day|use it all the time|use it mainly|use it mostly|great|good|nice|happy|pleased|satisfied|recommend|recommended|easy|easy to use|easy to set up|simple to use|
      fast|quick|quickly|speedy|on time|early|ahead of schedule|arrived early|well packaged|worth|worth it|
      worth the money|beautiful|cool|fun|helpful|impressed|reliable|sturdy|solid|durable|clear|crisp|
      comfortable|glad|as expected|enjoy|enjoyed|enjoying|enjoys|favorite|favourite|handy|convenient|useful|smart|
      well made|well-made|well designed|excellent quality|good quality|high quality|quality product|
      thanks|thank you|bargain|responsive|friendly|courteous|professional|prompt|promptly|resolved|
      fixed it|replaced it|refunded promptly|above and beyond|beyond the call|reasonable|affordable|
      cheap price|inexpensive|value|like it|like this|liked it|likes it|really like|pretty good|very good|
      so good|so much fun|better than|gorgeous|cute|lovely|adorable|elegant|sleek|stylish|neat|wow|
      fits perfectly|fits well|fits great|as described|as advertised|as pictured|exactly as|
      no problems|no issues|no complaints|no problem|keeps getting better|improved|upgrade|versatile|
      entertaining|amazed|pleasure|thrilled|delighted|grateful|appreciate|appreciated|blessing|
      life saver|lifesaver|game changer|intuitive|seamless|seamlessly|painless|hassle free|hassle-free|
      loud and clear|clear sound|great sound|good sound|sounds great|sounds good|works|worked|working|
      love that|like that|like how|love how|super|helps|helped|learning|learned|awsome|grate|exellent|
      i like|i liked|like|liked|liking|ease|simple|indispensable|saved|excited|surprised|entertainment|
      excelente|bueno|buena|perfecto|perfecta|genial|me encanta|rocks|tremendous|ideal|exactly what i wanted|exactly what i needed|smoothly|smooth|easier|simpler|
      lightweight|light weight|comfortably|thumbs up|addicted|a blast|adequate|patient|understanding|
      worthwhile|excelent|plenty|positive|infatuated|effortless|effortlessly|without effort|secure|
      does the job|does its job|did the job|gets the job done|does what it|does everything|did everything|
      couldn't ask for more|could not ask for more|can't beat|cannot beat|can't go wrong|cannot go wrong|
      would buy again|will buy again|buy again|order again|ordering again|buying another|bought another|
      reasonably good|very decent|pleasantly surprised|works as expected|works as described|as promised|
      met my expectations|meets my expectations|highly satisfied|well worth|love having|enjoy having|
      no regrets|don't regret|do not regret|never had a problem|never had any problem|haven't had any problem|
      exactly as described|works like a charm|like a charm|handy|great job|good job|nicely|well built|
      happy with|very happy with|no complaints|exceeded|exceeds|
      buy another|get another|order another|getting another|buy a second|bought a second|ordered a second|got a second|
      buying more|buy more|will buy more|bought more|
      problem solved|issue solved|problem fixed|issue fixed|problem resolved|issue resolved|resolves|resolves the problem|
      resolves the issue|resolved the problem|resolved the issue|solves the issue|solved the issue|
      don't hesitate|do not hesitate|wouldn't hesitate|would not hesitate|won't hesitate|without hesitation|
      no hesitation|don't think twice|wouldn't think twice|
      all the features i want|all the features i need|all the features i wanted|all i want|
      can't wait to get more|can't wait to buy more|can't wait to get another|can't wait to try|can't wait to add|
      can't wait to get|can't wait to use|can't wait to set up|cannot wait to get|
      never thought i'd|never thought i would|i never knew i needed|didn't know i needed|
      walked me through|talked me through|helped me through|hard to believe how|
      can't complain|cannot complain|can't complain for the price|can not complain|
      does what i need|does what i want|does what i need it to|does what it should|does what it's supposed to|
      does what it is supposed to|does exactly what|
      four stars|4 stars|four star|4 star|4/5|
      mighty|powerful|punchy|works like a champ|worth every penny|
      fixed the glitches|fixed the issues|fixed the problems|fixed all the issues|up and running|back up and running|
      was able to|were able to|am able to|i'm able to|is able to|are able to|been able to|able to use|so much more|
      dead simple|dead easy|was dead simple|is dead simple|was dead easy|is dead easy|handles everything|handles it all|
      use it constantly|uses it constantly|using it constantly|talks to it constantly|talk to it constantly|
      talks to it all the time|talk to it all the time|talks to it every day|talk to it every day|uses it daily|
      uses it every day|uses it all the time|asks it constantly|
      can't fault|cannot fault|couldn't fault|could not fault|can't fault it|nothing to fault|hard to beat|tough to beat|
      difficult to beat|beats every|beats all|beats any|fills the room|fill the room|no questions asked|no question asked|
      why didn't i buy|why didn't i get|why didn't we buy|why didn't i do this|buy it again|buy this again|buy them again|
      buy one again|purchase again|purchase it again|
      part of our routine|part of my routine|part of our daily routine|part of my daily routine|part of the family|part of our family|
      part of the household|stand corrected|i stand corrected|proved me wrong|proven wrong|proved them wrong|
      hasn't happened since|has not happened since|hasn't happened again|has not happened again|never happened again|
      hasn't done it since|hasn't done that since|hasn't done it again|no issues since|no problems since|fine ever since|been fine since|
      fascinating|tickled|funny|hilarious|amusing|satisifed|satisified|clarity|the future|
      ❤|❤️|😍|👍|😊|🙂|😀|😁|🥰|💕|♥`),
      ),
    ],
    [
      0.8,
      en(`in five minutes|in 5 minutes|in two minutes|in 2 minutes|in ten minutes|in 10 minutes|in minutes|within minutes|
      haven't used it enough|haven't used it much|too early to tell|too soon to tell|still learning|still exploring|
      still discovering|still checking|still figuring out|still getting to know|
      fortunately|luckily|fine|ok|okay|decent|fair|alright|all right|not bad|well|better|right|clean|new|right away|recommend it|
      dropped one star|dropped a star|minus one star|minus a star|took off a star|took off one star|take off a star|
      knocked off a star|one star off|docked a star|docked one star|lose a star|loses a star|
      gift|fine so far|so far so good|setup was easy|great idea|good idea|nice idea|cool idea|great concept|good concept|
      nice concept|gift idea|great gift idea|good gift idea|nice gift idea`),
    ],
    [
      -0.9,
      // Failures named as nouns or verbs ("never had a dropout", "hasn't missed an alarm"): negated,
      // they are praise.
      // Elliptical verdicts ("The device itself, not so much.", "For music, forget it.") and
      // mockery ("Nice try, Amazon."); faint praise that names the only good point.
      en(`sounds flat|sound is flat|flat sound|dropout|dropouts|drop-out|drop-outs|missed|gimmick|gimmicky|?|however|unfortunately|only problem|only issue|only complaint|only downside|downside|
      i doubt|doubt i|nope|regifted|regift|re-gifted|gave it away|
      had high hopes|had such high hopes|had higher hopes|had great hopes|
      drawback|con|cons|wish|wished|hoping|hoped|expected|expecting|supposed to|should have|should be|
      could be better|could have been|not great|not the best|meh|so-so|average|mediocre|okay i guess|
      just ok|just okay|slow|slowly|late|delay|delayed|delays|wait|waited|waiting|weeks|month|months|
      expensive|pricey|overpriced|costly|cheap|cheaply|cheaply made|flimsy|small|tiny|too small|
      too big|too large|too loud|too quiet|too much|too many|too long|too short|too hard|too difficult|
      hard|difficult|confusing|confused|complicated|tricky|hassle|annoying|annoyed|annoyance|irritating|
      odd|weird|strange|random|randomly|occasionally|constantly|
      return|returned|returning|refund|refunded|exchange|replacement|replace|warranty|repair|repaired|
      problem|problems|issue|issues|trouble|troubles|error|errors|glitch|glitches|glitchy|bug|bugs|buggy|
      lag|lags|laggy|lagging|delay|freeze|freezes|froze|frozen|crash|crashes|crashed|reset|restart|reboot|
      ads|advertisements|advertising|commercials|noise|noisy|static|buzz|buzzing|hiss|hum|crackle|
      limited|lacks|lacking|lack|missing|lost|loses|lose|losing|drop|drops|dropped|dropping|disconnect|
      disconnects|disconnected|disconnecting|cut out|cuts out|cutting out|uncomfortable|hurts|painful|
      low|over priced|would be nice|heavy|bulky|clunky|awkward|barely|hardly|unable|couldn't|can't|cannot|won't|wouldn't|didn't|doesn't|
      don't|isn't|wasn't|aren't|weren't|haven't|hasn't|never|nothing|nobody|no one|none|nowhere|
      forced|force|ripped|ripoff|rip off|rip-off|joke|sad|sadly|upset|angry|mad|furious|unhappy|
      dislike|disliked|dislikes|weak|weaker|complaint|complain|complained|complaining|tired of|fed up|sick of|beware|caution|warning|
      hot|overheat|overheats|overheating|drain|drains|draining|dies|died|die|dying|dead|
      refurbished|used|scratched|scratches|scratch|dent|dented|stain|stained|smell|smells|smelly|odor`),
    ],
    [
      -1.8,
      // A mess; faint praise that names the only good point ("about the only thing I can say for it").
      // British/Australian verdicts ("absolute rubbish", "packed in", "proper gutted", "a bit naff",
      // "a bit pants"), a product worse than its predecessor, a cost beyond its use ("more trouble
      // than it's worth"), a verdict declined ("that's a no from me"), a dead device called a
      // paperweight, effort counted in tries ("on the fifth try"), the eye-roll and upside-down
      // emoji of sarcasm (sentiment-blind4, tuning half).
      en(`rubbish|absolute rubbish|utter rubbish|load of rubbish|packed in|packed up|gave up the ghost|gutted|proper gutted|naff|bit naff|a bit pants|bit pants|
      a downgrade|downgrade|downgraded|didn't work out|did not work out|a no from me|that's a no|it's a no|hard pass|paperweight|doorstop|
      on the second try|on the third try|on the fourth try|on the fifth try|on the sixth try|on the tenth try|on the third attempt|on the fourth attempt|on the fifth attempt|
      after three tries|after four tries|after five tries|after several tries|after three attempts|after several attempts|
      three attempts|four attempts|five attempts|six attempts|ten attempts|several attempts|multiple attempts|
      four tries|five tries|six tries|ten tries|several tries|multiple tries|
      🙄|🙃|👎|going back|it's going back|it is going back|switching it off for good|switched it off for good|unplugged it for good|
      drive me mad|drives me mad|driving me mad|drive me crazy|drives me crazy|driving me crazy|drives me nuts|drive me nuts|driving me nuts|
      no longer turns on|won't turn on|will not turn on|doesn't turn on anymore|the one thing i bought it for|the one thing i got it for|the thing i bought it for|
      shame it|such a shame|what a shame|a shame that|pity it|shame that|not so much|forget it|nice try|a mess|is a mess|hot mess|buggy mess|the only thing i can say|about the only thing i can say|only thing i can say|only thing going for it|only thing it has going for it|disappoint|disappoints|better than this|better than this one|better than these|no instructions|without instructions|no manual|
      don't make the same mistake|do not make the same mistake|don't make my mistake|dont make the same mistake|bad|poor|poorly|terrible|horrible|awful|worst|worse|disappointed|disappointing|disappointment|
      useless|waste|wasted|wasting|junk|garbage|crap|crappy|trash|broke|broken|breaks|breaking|defective|
      faulty|fail|failed|fails|failure|failing|stopped|stopped working|quit working|quit|stops|
      not work|doesn't work|does not work|didn't work|did not work|won't work|will not work|not working|
      never worked|no longer works|don't work|do not work|wouldn't work|hate|hated|hates|sucks|sucked|suck|
      stupid|dumb|idiot|idiotic|ridiculous|pathetic|unacceptable|unreliable|inferior|shoddy|lousy|lame|
      mistake|regret|regrets|regretted|avoid|rude|ignored|unhelpful|unresponsive|incompetent|scam|scammed|
      fake|counterfeit|bogus|misleading|fraud|fraudulent|lie|lied|lies|liar|liars|cheated|never arrived|
      never received|never came|didn't arrive|did not arrive|hasn't arrived|not arrived|not received|
      damaged|cracked|crushed|shattered|leaked|leaking|leaks|rusted|rusty|ruined|torn|missing parts|
      wrong item|wrong size|wrong color|wrong colour|not as described|not as advertised|not as pictured|
      don't buy|do not buy|don't waste|do not waste|dont waste|dont buy|dont recommend|dont bother|don't bother|
      whine|hype|restocking fee|steep|the less i like|stay away|steer clear|not worth|not worth it|
      not recommend|wouldn't recommend|would not recommend|can't recommend|cannot recommend|don't recommend|
      do not recommend|not happy|not impressed|not satisfied|dissatisfied|unsatisfied|frustrating|
      frustrated|frustration|nightmare|horrendous|atrocious|abysmal|dreadful|disgusting|disgusted|
      gross|nasty|infuriating|outrageous|shameful|disgrace|insulting|sent it back|send it back|
      sending it back|going back|returned it|return it|returning it|got a refund|want a refund|
      want my money back|money back|1 star|one star|zero stars|0 stars|two stars|2 stars|no stars|
      malfunction|malfunctioned|malfunctioning|unusable|inoperable|dud|lemon|piece of junk|piece of crap|
      piece of garbage|piece of shit|shit|shitty|fuck|fucking|fucked|wtf|damn|dammit|hell|bs|bullshit|
      beware|warning|worthless|overrated|underwhelming|underwhelmed|subpar|sub-par|second rate|annoys|
      can't figure out|cant figure out|couldn't figure out|difficult to use|hard to use|hard to set up|difficult to set up|impossible|can't get|couldn't get|
      doesn't understand|didn't understand|can't understand|doesn't recognize|won't connect|can't connect|
      couldn't connect|won't turn on|won't charge|doesn't charge|not charging|won't stay|doesn't hold|
      dropped calls|drops calls|poor reception|bad reception|no reception|no signal|poor quality|bad quality|
      low quality|cheap quality|cheap plastic|fell apart|falls apart|fell off|came apart|came off|
      displeased|unacceptible|unhappy with|save your money|same mistake|not as good as|not as good|
      runs down|drains quickly|drains fast|dies quickly|won't work|no way to|there is no way|
      not worth the|wouldn't buy|would not buy|won't buy|will not buy|not buy again|never buy|
      not happy with|very unhappy|so unhappy|doesn't do|does not do|can't do|cannot do|doesn't even|
      didn't like|did not like|don't like|do not like|not a fan|no good|not good|not very good|
      not recommended|returning this|returned this|returning mine|sending back|had to return|
      gave up|give up|giving up|keeps dropping|keeps disconnecting|keeps losing|keeps turning off|
      stopped responding|not responding|unresponsive|won't connect|will not connect|cannot connect|
      can not connect|fails to|failed to|unable to|couldn't get it|could not get it|never could get|
      breakage|poor construction|poorly made|poorly constructed|poorly designed|cheaply constructed|
      fooled|be fooled|flawed|flaw|flaws|disapointing|dissapointing|disapointed|dissapointed|
      could not stand|couldn't stand|can't stand|cant stand|smudged|smudges|puff of smoke|smoke came|
      you get what you pay for|cant get|doesnt work|dont work|numb nuts|
      malo|mala|no funciona|snapped|burned|burnt|melted|exploded|smoked|sparked|
      order elsewhere|ordering elsewhere|buy elsewhere|buying elsewhere|shop elsewhere|shopping elsewhere|go elsewhere|
      going elsewhere|look elsewhere|looking elsewhere|take my business elsewhere|taking my business elsewhere|
      don't be fooled|do not be fooled|dont be fooled|don't get fooled|overpriced|over priced|over-priced|
      half the time|only half the time|works half the time|when it works|when it does work|if it works at all|
      which is rarely|which is never|which isn't often|which is not often|glorified|letdown|let down|a letdown|a let down|
      if you don't mind|if you do not mind|if you can live with|if you can tolerate|as long as you don't mind|
      not this product|not this one|not this device|not this item|not this thing|not this model|
      if it worked|if it actually worked|if only it worked|if it would work|if it did work|if it worked right|
      in a drawer|in the drawer|in a closet|collecting dust|gathering dust|collects dust|sits unused|sitting unused|
      and nothing else|and that's it|and that's about it|that's about it|but that's it|and that is it|
      previously worked|had previously worked|used to work|used to be great|used to be good|had worked fine|
      worked fine until|worked great until|worked well until|worked perfectly until|was working fine until|
      was great until|was fine until|was good until|loved it until|liked it until|until recently|
      can't wait to return|can't wait to get rid of|can't wait to be done|can't wait to send it back|
      the only thing that works|only thing that works|the only thing it does well|
      takes ages|took ages|takes forever|take forever|taking forever|
      don't see a need|don't see a real need|don't see the need|don't see the point|do not see the point|
      see no need|see no point|no real use for|no use for it|not much use|i'm done with it|i am done with it|
      done with it|done with this|i'm done with this`),
    ],
    [
      -3,
      // A cost beyond its use ("more trouble than it's worth") is a verdict (sentiment-blind4).
      en(`more trouble than it's worth|more trouble than they're worth|more hassle than it's worth|more hassle than they're worth|
      more bother than it's worth|worst purchase|total waste|complete waste|waste of money|waste of time|absolute garbage|total garbage|
      total junk|complete junk|piece of trash|scam artist|scammers|rip off artist|never again|
      never buy again|never order again|never buying|never ordering|do not purchase|don't purchase|
      very disappointed|extremely disappointed|so disappointed|really disappointed|totally disappointed|
      no sound|no power|won't turn on|wouldn't turn on|will not turn on|doesn't turn on|does not turn on|
      won't power on|won't power up|dead on arrival|arrived dead|stopped working|quit working|won't charge|
      completely useless|utterly useless|absolutely useless|totally useless|stopped working after|
      zero for the|0 for the|zero stars for the|returned it immediately|threw it away|threw it out|in the trash|garbage can`),
    ],
    [
      0,
      en(`from scratch|than expected|than i expected|
      don't get me wrong|do not get me wrong|dont get me wrong|must have been|must have had|must have gotten|
      must have come|must have used|must have done|must have sent|must have missed|
      i'm terrible with|i am terrible with|i'm bad with|i am bad with|i'm bad at|i am bad at|i'm terrible at|i am terrible at|
      i'm not good with|i am not good with|not a tech person|not a techie|not techy|not very techy|not a tech guy|not a gadget person|not tech savvy|not very tech savvy|not tech-savvy|not very tech-savvy|
      my stupid|my dumb|my silly|my crazy|my lazy|
      haven't used it|haven't used it yet|have not used it|haven't tried it|have not tried it|not used it yet|yet to use|yet to try|
      haven't had a chance|haven't had the chance|haven't set it up|
      used it|used this|used them|used one|i used|we used|have used|i've used|used to|used for|get used|getting used|got used|used daily|used every|drop in|drop-in|drop ins|
      no doubt|no wonder|not only|no matter|without a doubt|can't wait|cannot wait|nothing fancy|couldn't ask|can't ask|
      no need|would love|would have loved|would like it|
      like a|looks like|feel like|feels like|would like|seems like|sounds like|just like|
      works with|work with|works on|so far|by far|as well|well as|wish list|echo dot|echo show|
      fire tv|fire stick|tech support|customer service|customer support|the return|a return|
      return policy|free shipping|two day|2 day|prime day|cheaper|very well|
      tell me a joke|tells me a joke|tell us a joke|tell jokes|tells jokes|telling jokes|joke of the day|poop joke|knock knock joke`),
    ],
  ],
  negators:
    en(`not|no|never|n't|don't|doesn't|didn't|isn't|wasn't|aren't|weren't|won't|can't|cannot|couldn't|
  wouldn't|shouldn't|haven't|hasn't|hadn't|dont|doesnt|didnt|isnt|wasnt|wont|cant|couldnt|wouldnt|
  nothing|hardly|barely|without|nor|neither|lack|lacks|lacking|zero|none|nobody|far from|i doubt|doubt i`),
  contrast: en(
    `that said|having said that|that being said|even so|all the same|the replacement|the new one|the second one|the replacement one|not this product|not this one|not this device|not this item|not this thing|not this model|overall|all in all|in short|bottom line|in summary|to sum up|but|however|though|although|unfortunately|except|sadly|yet|the problem is|the issue is|the only thing|other than that|then`,
  ),
  softContrast: en(
    `the only thing i don't like|only thing i don't like|the only thing i dislike|only thing i dislike|the only thing i would change|the only thing i'd change|only thing i'd change|the only thing i wish|my only gripe|only gripe|the only negative|only negative|the only con|only con|only drawback|the only drawback|only thing|only complaint|only issue|only problem|only downside|my only|just wish|only wish|but i wish|but wish|but i just wish|but sometimes|but occasionally|but it would be nice|but would be nice|i just wish`,
  ),
  downtoners: en(
    `a bit|a little|a little bit|slightly|somewhat|kind of|kinda|sort of|a tad|mildly`,
  ),
  concessive:
    en(`although|though|even though|while|despite|in spite of|at first|initially|i thought|
  was hoping|had high hopes|at the beginning|low expectations|low expectation|didn't expect much|did not expect much|
  wasn't expecting much|was not expecting much|didn't have high expectations|did not have high expectations|
  that's all i can say|that is all i can say|that's about all|the best i can say|
  wasn't sure|was not sure|wasn't convinced|was unsure|i was worried|was worried|i was afraid|i was concerned|i was skeptical|was skeptical|i was nervous|i had doubts|
  had my doubts|was hesitant|i was hesitant|i feared|the only good thing|only good thing|the only positive|
  only redeeming|the only plus|the only upside|other than|apart from|except for|aside from`),
  intensifiers:
    en(`very|really|so|extremely|super|totally|absolutely|completely|incredibly|truly|highly|
  utterly|most|too|such|quite|pretty|fairly|definitely|seriously|horribly|terribly|awfully|insanely|
  ridiculously|particularly|especially|even|just|couldn't be more|could not be more|can't be more|cannot be more`),
  causes: {
    quality: {
      strong:
        en(`stop working|stops working|stopping working|dead pixel|dead pixels|died after|died within|broke|broken|breaks|defective|faulty|stopped working|quit working|stopped|quit|died|dies|dead|
      malfunction|malfunctioned|malfunctioning|cracked|cracks|shattered|snapped|fell apart|falls apart|
      came apart|fell off|poor quality|bad quality|low quality|cheap quality|cheaply made|cheap plastic|
      flimsy|fake|counterfeit|knock off|knockoff|not genuine|not authentic|missing parts|missing piece|
      missing pieces|parts missing|piece missing|missing|doesn't work|does not work|didn't work|
      did not work|not working|won't work|never worked|no longer works|won't turn on|won't charge|
      doesn't charge|not charging|won't hold a charge|doesn't hold a charge|battery died|dead battery|
      overheats|overheating|burned|burnt|melted|smoked|sparked|leaked|leaking|leaks|rusted|rusty|
      blew up|blown up|burned out|burnt out|got fried|fried my|fried the|fried itself|shorted out|distorted|distortion|garbled|
      keeps freezing|keeps crashing|lasted one day|lasted a day|lasted a week|lasted one week|lasted a month|
      expired|stale|spoiled|rotten|moldy|mouldy|tastes bad|tastes awful|taste bad|bad taste|disgusting|
      static|crackle|buzzing|dropped calls|drops calls|poor reception|bad reception|no reception|
      disconnects|disconnected|keeps disconnecting|cuts out|cutting out|dud|lemon|defect|defects|
      scratched|scratches|dent|dented|stained|torn|ripped|peeling|unusable|inoperable|shoddy|
      junk|piece of junk|piece of crap|garbage|crap|crappy|trash|breakage|poorly made|
      poorly constructed|poor construction|cheaply constructed|keeps dropping|keeps turning off|
      stopped responding|won't stay connected|lost connection|loses connection|looses connection|
      won't power on|won't boot|doesn't turn on|does not turn on|died after|broke after|cracked after|
      bad batch|defective unit|dead on arrival|doa|stale|soggy|undercooked|raw|burnt|spoiled|
      no sound|no audio|no power|no picture|no display|won't power up|wouldn't power up|would not power up|
      won't turn on|wouldn't turn on|would not turn on|doesn't turn on|didn't turn on|did not turn on|
      doesn't power on|does not power on|won't boot up|won't start|will not start|won't light up|
      light won't come on|no lights|blank screen|black screen|screen went black|went dead|is dead|was dead|
      stopped working|quit on me|no longer worked|no longer work|stopped charging|won't hold charge|
      doesn't work anymore|does not work anymore|not work anymore|died on me|went out|burned out|
      jiggle|wiggle|loose|wobbly|came loose|keeps restarting|keeps rebooting|reboots|restarts itself|
      turns on by itself|turned on by itself|activated by itself|activates by itself|starts talking by itself|
      turns itself|turned itself|randomly turns|scratch|new scratch|rattles|rattling|
      defective product|broken product|arrived dead|came dead|died after|quit after|broke within|
      feels cheap|feel cheap|felt cheap|looks cheap|look cheap|looked cheap|cheap feeling|cheap looking|cheap-looking|
      flawed|flawed design|smoke came|puff of smoke|
      tastes like|expired product|moldy|rancid|bug in it|hair in|
      jams|jammed|keeps jamming|paper jam|grinding noise|grinding sound|won't spin|doesn't spin|stopped spinning|
      came off|comes off|coming off|came away|coming away|came unstuck|split at|split open|split along|
      lets the rain|lets rain in|lets water in|lets the water|lets water through|
      peeled|peeled off|peels|rust spots|spots of rust|rust on|covered in rust|
      pilling|pilled|bobbling|bobbled|wobbles|wobbling|sagging|sags|stripped|flaking|flaking off|
      flaked off|rubbed off|worn through|gave out|gave way|tarnished|crashes to desktop|
      won't stay shut|won't stay closed|doesn't stay shut|doesn't stay closed|
      crooked|misaligned|don't close flush|doesn't close flush|shrunk|shrank|a tear in|tear in the|
      hole in the|holes in the|filled with water|water got in|knock-off|knock-offs`),
      aspect:
        en(`quality|build|material|materials|battery|screen|charger|cable|plug|button|buttons|hinge|
      keyboard|speaker|microphone|mic|headset|headphones|earpiece|case|clip|port|jack|motherboard|
      hinge|earbuds|earbud|headphone|connector|cord|wire|casing|housing|lens|camera|
      hard drive|power supply|adapter|unit|device|product|item|phone|remote|taste|flavor|food|
      refurbished|refurb|mechanism|volume button|power button|charging port|light|lights`),
    },
    not_as_described: {
      strong:
        en(`smaller than pictured|smaller than shown|smaller than advertised|smaller than described|smaller than listed|smaller than it looks|smaller than in the picture|smaller than in the pictures|smaller than in the photo|smaller than in the photos|smaller than the picture|smaller than the pictures|smaller than the photo|smaller than the photos|bigger than pictured|bigger than shown|bigger than advertised|bigger than described|bigger than listed|bigger than it looks|bigger than in the picture|bigger than in the pictures|bigger than in the photo|bigger than in the photos|bigger than the picture|bigger than the pictures|bigger than the photo|bigger than the photos|larger than pictured|larger than shown|larger than advertised|larger than described|larger than listed|larger than it looks|larger than in the picture|larger than in the pictures|larger than in the photo|larger than in the photos|larger than the picture|larger than the pictures|larger than the photo|larger than the photos|thinner than pictured|thinner than shown|thinner than advertised|thinner than described|thinner than listed|thinner than it looks|thinner than in the picture|thinner than in the pictures|thinner than in the photo|thinner than in the photos|thinner than the picture|thinner than the pictures|thinner than the photo|thinner than the photos|flimsier than pictured|flimsier than shown|flimsier than advertised|flimsier than described|flimsier than listed|flimsier than it looks|flimsier than in the picture|flimsier than in the pictures|flimsier than in the photo|flimsier than in the photos|flimsier than the picture|flimsier than the pictures|flimsier than the photo|flimsier than the photos|cheaper than pictured|cheaper than shown|cheaper than advertised|cheaper than described|cheaper than listed|cheaper than it looks|cheaper than in the picture|cheaper than in the pictures|cheaper than in the photo|cheaper than in the photos|cheaper than the picture|cheaper than the pictures|cheaper than the photo|cheaper than the photos|weaker than pictured|weaker than shown|weaker than advertised|weaker than described|weaker than listed|weaker than it looks|weaker than in the picture|weaker than in the pictures|weaker than in the photo|weaker than in the photos|weaker than the picture|weaker than the pictures|weaker than the photo|weaker than the photos|quieter than pictured|quieter than shown|quieter than advertised|quieter than described|quieter than listed|quieter than it looks|quieter than in the picture|quieter than in the pictures|quieter than in the photo|quieter than in the photos|quieter than the picture|quieter than the pictures|quieter than the photo|quieter than the photos|louder than pictured|louder than shown|louder than advertised|louder than described|louder than listed|louder than it looks|louder than in the picture|louder than in the pictures|louder than in the photo|louder than in the photos|louder than the picture|louder than the pictures|louder than the photo|louder than the photos|heavier than pictured|heavier than shown|heavier than advertised|heavier than described|heavier than listed|heavier than it looks|heavier than in the picture|heavier than in the pictures|heavier than in the photo|heavier than in the photos|heavier than the picture|heavier than the pictures|heavier than the photo|heavier than the photos|shorter than pictured|shorter than shown|shorter than advertised|shorter than described|shorter than listed|shorter than it looks|shorter than in the picture|shorter than in the pictures|shorter than in the photo|shorter than in the photos|shorter than the picture|shorter than the pictures|shorter than the photo|shorter than the photos|longer than pictured|longer than shown|longer than advertised|longer than described|longer than listed|longer than it looks|longer than in the picture|longer than in the pictures|longer than in the photo|longer than in the photos|longer than the picture|longer than the pictures|longer than the photo|longer than the photos|worse than pictured|worse than shown|worse than advertised|worse than described|worse than listed|worse than it looks|worse than in the picture|worse than in the pictures|worse than in the photo|worse than in the photos|worse than the picture|worse than the pictures|worse than the photo|worse than the photos|less than pictured|less than shown|less than advertised|less than described|less than listed|less than it looks|less than in the picture|less than in the pictures|less than in the photo|less than in the photos|less than the picture|less than the pictures|less than the photo|less than the photos|slower than pictured|slower than shown|slower than advertised|slower than described|slower than listed|slower than it looks|slower than in the picture|slower than in the pictures|slower than in the photo|slower than in the photos|slower than the picture|slower than the pictures|slower than the photo|slower than the photos|dimmer than pictured|dimmer than shown|dimmer than advertised|dimmer than described|dimmer than listed|dimmer than it looks|dimmer than in the picture|dimmer than in the pictures|dimmer than in the photo|dimmer than in the photos|dimmer than the picture|dimmer than the pictures|dimmer than the photo|dimmer than the photos|lighter than pictured|lighter than shown|lighter than advertised|lighter than described|lighter than listed|lighter than it looks|lighter than in the picture|lighter than in the pictures|lighter than in the photo|lighter than in the photos|lighter than the picture|lighter than the pictures|lighter than the photo|lighter than the photos|not as described|not as advertised|not as pictured|not what was advertised|not what i ordered|
      not what i paid for|different from the picture|different than the picture|different from the photo|
      different than pictured|doesn't match|does not match|didn't match|wrong item|wrong size|wrong color|
      wrong colour|wrong model|wrong product|wrong one|sent the wrong|received the wrong|misleading|
      false advertising|description says|description said|listing says|listing said|advertised as|
      supposed to be new|sold as new|used item|was used|clearly used|been used|
      runs small|runs large|the wrong|a wrong|wrong plug|wrong part|wrong cable|wrong type|wrong version|
      wrong book|wrong order|wrong edition|wrong style|wrong flavor|wrong flavour|wrong kind|not the right|
      not what i asked|not what was shown|not what was pictured|not what was described|different item|
      different product|different brand|not the brand|missing accessories|no charger included|
      without the|came without|wasn't in the box|not in the box|misrepresented|deceptive|doesn't fit|does not fit|didn't fit|won't fit|
      not compatible|incompatible|isn't compatible|not the same|looks nothing like|nothing like the|
      supposedly new|not new|used one|clearly a refurbished|actually refurbished|was actually refurbished|
      but refurbished|obviously refurbished|opened box|open box|signs of use|signs of wear|been used|previously used|someone else's|
      not the one|different model|different color|different colour|wrong charger|doesn't fit my|
      does not fit my|not as shown|not as stated|missing the free|no free|didn't come with|did not come with|
      not included|wasn't included|was not included|completely different|totally different|
      a different one|different piece|substituted|were substituted|received a used|sent a used|
      sent me a used`),
      aspect:
        // Not "photo(s)": buyers mostly send photos as evidence; the listing's picture is named
        // by the strong terms (different from the picture, not as pictured).
        en(`description|listing|advertised|advertisement|size|color|colour|
      model|version|fit|compatible|compatibility`),
    },
    logistics: {
      strong:
        en(`never arrived|never received|never came|didn't arrive|did not arrive|hasn't arrived|has not arrived|
      not arrived|not received|not delivered|never delivered|arrived late|came late|delivered late|
      late delivery|slow shipping|slow delivery|shipping was slow|delivery was slow|took forever|
      took weeks|took a month|took too long|still waiting|still haven't|lost in the mail|lost package|
      lost in transit|package was lost|parcel was lost|got lost|damaged in transit|damaged in shipping|
      damaged during shipping|arrived damaged|arrived broken|came damaged|came broken|box was crushed|
      box was damaged|crushed box|damaged box|package was damaged|tracking|stuck in|delayed|delay in shipping|
      wrong address|left at the door|stolen|porch|missed delivery|shipped late|slow to ship|never shipped|
      hasn't shipped|not shipped|cold food|food was cold|arrived cold|late|took days|took a week|took weeks|
      two weeks late|shipping took|delivery took|slow shipping|shipping was late|
      never got it|never got my|didn't get it|did not get it|haven't received|have not received|
      still not here|not here yet|hasn't come|never showed up|never showed|package never|order never|
      delivered to the wrong|left outside|thrown|wet box|box was wet|arrived opened|
      still had not been shipped|has not been shipped|had not been shipped|not been shipped|
      still hasn't shipped|weeks to arrive|days to arrive|took ages|took so long|late arrival|
      arrived a week late|arrived days late|late again|delivery was late`),
      aspect:
        en(`shipping|shipment|shipped|delivery|delivered|deliver|arrived|arrive|arrival|package|packaging|
      parcel|box|courier|carrier|ups|fedex|usps|dhl|post office|mail|transit|driver|days|weeks|transit|
      australia post|auspost|royal mail|evri|hermes|dpd|parcelforce|canada post|yodel|depot`),
    },
    service: {
      strong:
        en(`rude|ignored|ignoring|unhelpful|unresponsive|no response|never responded|never replied|
      never got back|didn't respond|did not respond|didn't reply|no reply|no answer|won't respond|
      hung up|disconnected on me|on hold|put on hold|runaround|run around|run-around|passed around|
      transferred|refused|refuse|refuses|denied|deny|won't refund|wouldn't refund|won't replace|
      wouldn't replace|won't honor|wouldn't honor|refused to|out of warranty|void the warranty|voided|
      incompetent|useless support|terrible service|horrible service|poor service|bad service|awful service|
      worst service|terrible customer service|horrible customer service|poor customer service|
      bad customer service|customer service was|support was|tech support was|no help|not helpful|
      couldn't help|could not help|can't help|wasn't helpful|unprofessional|attitude|arrogant|
      condescending|sent it in|send it in|sent it back for repair|repair|repairs|repaired|
      warranty claim|warranty|rma|could not fix|couldn't fix|did not fix|didn't fix|unable to fix|won't acknowledge|
      will not acknowledge|refuse to acknowledge|hoops|invalidate|turnaround|i was told|was told|they told me|
      no one could|nobody could|hung up on me|call center|speaking with|spoke with|talked to|
      did not replace|didn't replace|wouldn't replace|they said|waste of time|sent it out|got it back|sent back for repair|
      no one responded|nobody responded|nobody answered|no one answered|
      never heard back|didn't hear back|did not hear back|no follow up|no follow-up|refused a refund|
      refused to refund|refused to replace|refused my return|wouldn't accept|would not accept|won't accept|
      only getting refund|only refunded|not refunded|never refunded|haven't refunded|still no refund|
      still waiting for my refund|still waiting for a refund|overcharged|
      not covered|wasn't covered|isn't covered|was no help|were no help|no help at all|inept|clueless|
      unhelpful staff|poor support|bad support|terrible support|horrible support|awful support|
      support is horrible|support is terrible|support was horrible|support was terrible|
      return policy is|restocking|didn't even try|did not even try|doesn't care|don't care|didn't care|
      poor after sales|bad after sales|poor after-sales|bad after-sales|no after sales`),
      aspect:
        en(`customer service|customer support|tech support|technical support|support|service|seller|
      vendor|company|manufacturer|representative|rep|reps|agent|agents|staff|technician|tech|
      techs|manager|call center|genius bar|applecare|apple care|staff|phone support|chat|email|emails|emailed|called|return policy|
      geek squad|help desk|helpdesk|they|warranty|hours on the phone|hours on phone|on the phone with|
      on phone with|minutes on the phone|on hold for|called them|called support|called customer service|
      contacted support|contacted customer service|contacted them|emailed them|charged me|quoted me|
      under warranty|under coverage|service center|repair shop|repair center`),
    },
    expectation: {
      strong:
        en(`could be better|could have been better|could be a lot better|could be much better|needs improvement|needs to improve|needs work|smaller than i expected|smaller than expected|smaller than i thought|smaller than i imagined|smaller than i hoped|smaller than i had hoped|smaller than anticipated|bigger than i expected|bigger than expected|bigger than i thought|bigger than i imagined|bigger than i hoped|bigger than i had hoped|bigger than anticipated|larger than i expected|larger than expected|larger than i thought|larger than i imagined|larger than i hoped|larger than i had hoped|larger than anticipated|thinner than i expected|thinner than expected|thinner than i thought|thinner than i imagined|thinner than i hoped|thinner than i had hoped|thinner than anticipated|flimsier than i expected|flimsier than expected|flimsier than i thought|flimsier than i imagined|flimsier than i hoped|flimsier than i had hoped|flimsier than anticipated|cheaper than i expected|cheaper than expected|cheaper than i thought|cheaper than i imagined|cheaper than i hoped|cheaper than i had hoped|cheaper than anticipated|weaker than i expected|weaker than expected|weaker than i thought|weaker than i imagined|weaker than i hoped|weaker than i had hoped|weaker than anticipated|quieter than i expected|quieter than expected|quieter than i thought|quieter than i imagined|quieter than i hoped|quieter than i had hoped|quieter than anticipated|louder than i expected|louder than expected|louder than i thought|louder than i imagined|louder than i hoped|louder than i had hoped|louder than anticipated|heavier than i expected|heavier than expected|heavier than i thought|heavier than i imagined|heavier than i hoped|heavier than i had hoped|heavier than anticipated|shorter than i expected|shorter than expected|shorter than i thought|shorter than i imagined|shorter than i hoped|shorter than i had hoped|shorter than anticipated|longer than i expected|longer than expected|longer than i thought|longer than i imagined|longer than i hoped|longer than i had hoped|longer than anticipated|worse than i expected|worse than expected|worse than i thought|worse than i imagined|worse than i hoped|worse than i had hoped|worse than anticipated|less than i expected|less than expected|less than i thought|less than i imagined|less than i hoped|less than i had hoped|less than anticipated|slower than i expected|slower than expected|slower than i thought|slower than i imagined|slower than i hoped|slower than i had hoped|slower than anticipated|dimmer than i expected|dimmer than expected|dimmer than i thought|dimmer than i imagined|dimmer than i hoped|dimmer than i had hoped|dimmer than anticipated|lighter than i expected|lighter than expected|lighter than i thought|lighter than i imagined|lighter than i hoped|lighter than i had hoped|lighter than anticipated|not impressed|unimpressed|underwhelming|underwhelmed|not what i expected|not as good as|
      expected more|expected better|expected it to|thought it would|was hoping|i hoped|had hoped|
      high hopes|not worth|not worth it|not worth the money|overrated|mediocre|meh|so-so|average at best|
      hard to use|difficult to use|hard to set up|difficult to set up|hard to setup|complicated|confusing|
      not intuitive|not user friendly|not user-friendly|learning curve|can't figure|couldn't figure|
      doesn't understand|didn't understand|does not understand|can't understand|cannot understand|
      doesn't recognize|don't understand|misunderstands|not smart|not very smart|dumb|limited|
      lacks|lacking|missing features|useless|pointless|disappointing|disappointed|
      disappointment|poor sound|bad sound|tinny|muffled|too quiet|not loud enough|
      volume is low|low volume|short battery life|battery doesn't last|battery drains|
      drains the battery|slow|laggy|lag|lags|delay|sluggish|ads|advertisements|
      too low|not loud|not as loud|
      not enough|too small|small screen|hard to read|hard to hear|can't hear|cannot hear|
      uncomfortable|hurts|painful|heavy|bulky|awkward|annoying|not for me|not useful|
      runs down|drains quickly|drains fast|dies quickly|doesn't last|does not last|short standby|
      overpriced|over priced|too expensive|not worth the price|can't get it to|cannot get it to|
      couldn't get it to|could not get it to|never could get|doesn't support|does not support|
      doesn't work with|does not work with|won't work with|no way to|can't turn off|cannot turn off|
      not smart enough|doesn't know|didn't know|does not know|i don't know that|not compatible with|
      hard to hear|quiet|too low|not loud|weak sound|poor sound quality|sound is terrible|sound quality is poor|
      instructions|not helpful|not intuitive|difficult to put on|hard to put on|falls out|fall out|
      too big|too large|too small|too bulky|too heavy|too slow|too complicated|complacated|complicated to|
      cant figure|cannot figure|can not figure|can't work out|figure out how|to no avail|
      can't set it up|couldn't set it up|could not set it up|unable to set up|won't set up|setup failed|
      not to last|don't last|didn't last|doesn't last long|battery life is short|short battery|
      battery life is poor|poor battery life|bad battery life|battery life sucks|
      couldnt hear|couldn't hear|could not hear|can't hear me|cant hear me|trouble hearing|hard to understand|
      doesn't hear|does not hear|didn't hear|won't listen|doesn't listen|doesn't respond to|
      does not respond to|not responsive|misunderstands|misunderstood|wrong answer|wrong answers|
      don't know that|dont know that|doesn't answer|can't answer|couldn't answer|not accurate|inaccurate|
      things to try|no way to turn|can't disable|cannot disable|no option|no youtube|no you tube|
      not as smart|isn't smart|not smart|wasn't impressed|was not impressed|not worth the money|
      forget about it|not for the car|unusable in|poor performance|bad performance|performance is poor|
      poor talk time|short talk time|low volume|volume is too low|no bass|not much bass|tinny sound|
      not loud|worse than|not as good as|digs into|dig into|gave me blisters|gives me blisters|
      rubs my heel|rubbed my heel`),
      aspect:
        en(`alexa|echo|dot|skills|feature|features|function|functions|functionality|performance|
      sound|sound quality|sound-wise|soundwise|sound wise|volume|range|battery life|setup|set up|app|apps|software|interface|voice|recognition|
      music|radio|display|comfort|fit|design|size|speed|price|value|effect|results|content|
      video chat|video calling|drop in|commercials|screen|smart|loud|accurate|accurately|talk time|sleep mode|answers|questions`),
    },
    buyer_remorse: {
      strong:
        en(`price dropped|price drop|dropped the price|price went down|cheaper elsewhere|cheaper at|
      found it cheaper|could have bought|changed my mind|don't need it|didn't need|no longer need|
      ordered the wrong|bought the wrong|my mistake|my fault|my own fault|my bad|accidentally ordered|
      ordered by mistake|bought by mistake|should have read|didn't read|impulse buy|buyer's remorse|
      buyers remorse|went on sale|on sale now|cheaper now|price was lowered|price reduced|lowered the price|
      dropped in price|a week after i bought|after i bought it the price|price match|price adjustment|
      i forgot to|forgot to order|don't need this|do not need this|didn't need this|never really used|never really use|don't use it|don't really use|my own mistake|i ordered wrong|i didn't need|don't really need|didn't really need`),
      aspect: [],
    },
    cultural: {
      strong:
        en(`offensive|offended|religious|religion|racist|racism|culturally|cultural|disrespectful|
      insensitive|blasphem|sacrilegious|halal|kosher`),
      aspect: en(`culture|tradition|traditions`),
    },
  },
  anger:
    en(`fuck|fucking|fucked|shit|shitty|bullshit|wtf|damn|dammit|goddamn|crap|crappy|idiot|idiots|
  moron|morons|stupid|scam|scammer|scammers|liar|liars|thief|thieves|crooks|crook|disgusting|
  furious|outraged|pissed|pissed off|livid|infuriating|ridiculous|pathetic|unacceptable|garbage|trash|
  asshole|bastard|bastards|jerk|jerks|incompetent|sick of|fed up|how dare`),
};
