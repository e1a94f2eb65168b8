// Common English verb forms that are rarely nouns, so titles built from key phrases do not read
// "Economists taught" or "Revival lasts". Verbs that are as often nouns (work, need, change, plan,
// use, cost, study, rule) are deliberately absent.

export const VERB_FORMS: ReadonlySet<string> = new Set(
  `accept accepts accepted add adds added agree agrees agreed allow allows allowed appear appears appeared apply applies
applied argue argues argued arrive arrives arrived ask asks asked become becomes became begin begins began begun
believe believes believed belong belongs belonged bring brings brought build builds built buy buys bought carry
carries carried catch catches caught consist consists consisted choose chooses chose chosen claim claims claimed come comes came concern concerns
concerned consider considers considered contain contains contained continue continues continued create creates created
decide decides decided depend depends depended describe describes described destroy destroys destroyed develop
develops developed die dies died differ differs differed discover discovers discovered draw draws drew drawn drive drives drove driven eat eats
ate eaten enjoy enjoys enjoyed enter enters entered exist exists existed expect expects expected explain explains explained fall falls fell
fallen feel feels fill fills filled follow follows followed forget forgets forgot forgotten gain gains gained grow grows
grew grown happen happens happened hear hears heard help helps helped hide hides hid hold holds held hope hopes hoped
imagine imagines imagined include includes included increase increases increased involve involves involved join joins
joined keep keeps last lasts lasted lay lays laid lead leads led learn learns learned learnt leave leaves lend lends lent
lie lies lied lay lose loses lost love loves loved meet meets met move moves moved notice notices noticed occur occurs
occurred offer offers offered open opens opened pay pays paid prefer prefers preferred prove proves proved provide
provides provided publish publishes published raise raises raised reach reaches reached realise realises realised
realize realizes realized receive receives received recognise recognises recognised reduce reduces reduced refer
refers referred relate relates related rely relies relied remain remains remained remember remembers remembered remove
removes removed report reports reported require requires required return returns returned reveal reveals revealed rise
rises rose risen run runs ran seek seeks sought sell sells sold send sends sent serve serves served shift shifts shifted
sit sits sat sound sounds sounded speak speaks spoke spoken spend spends spent stand stands stood start starts started
stay stays stayed stop stops stopped suggest suggests suggested suppose supposes supposed surprise surprises surprised
talk talks talked taught teach teaches tend tends tended thank thanks thanked throw throws threw thrown touch touches
turn turns turned understand understands understood wait waits waited walk walks walked watch watches watched win wins
won wish wishes wished wonder wonders wondered worry worries worried write writes wrote written`.split(/\s+/),
);
