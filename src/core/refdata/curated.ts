/**
 * Hand-curated reference lists (written for this project, MIT like the rest of the code).
 * Everything is lowercase unless case matters; multiword entries use single spaces.
 */

/** Courtesy titles of two words ("Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim"): honorifics, not roles. */
export const COURTESY_TITLE_PAIRS = ['datuk seri', 'dato sri', 'tan sri', 'puan sri', 'toh puan'];

/** Heads of titles and roles that can stand before a person's name ("Defence Minister", "finance minister"). */
export const ROLE_HEADS = (
  'president|vice-president|president-elect|vice-president-elect|attorney-general|solicitor-general|governor-general|auditor-general|inspector-general|surgeon-general|postmaster-general|treasurer|secretary-treasurer|supervisor|undersecretary|under-secretary|comptroller|ombudsman|premier|minister|ministers|secretary|secretary-general|chancellor|king|queen|prince|princess|emir|sheikh|sultan|ayatollah|pope|cardinal|archbishop|bishop|imam|rabbi|pastor|reverend|senator|congressman|congresswoman|representative|assemblyman|assemblywoman|assemblymember|congressmember|councilmember|alderwoman|alderperson|mla|mpp|mep|msp|mna|mca|lawmaker|legislator|mp|governor|mayor|deputy|general|colonel|admiral|commodore|lieutenant|captain|major|sergeant|commander|marshal|brigadier|chief|judge|justice|magistrate|ambassador|envoy|consul|diplomat|spokesman|spokeswoman|spokesperson|director|director-general|chairman|chairwoman|chair|ceo|cfo|coo|cto|founder|co-founder|cofounder|creator|owner|executive|officer|official|commissioner|inspector|detective|superintendent|constable|prosecutor|attorney|lawyer|counsel|solicitor|speaker|leader|head|negotiator|adviser|advisor|aide|analyst|economist|professor|lecturer|researcher|scientist|academic|doctor|physician|surgeon|nurse|student|teacher|coach|manager|player|striker|goalkeeper|actor|actress|singer|rapper|musician|artist|author|writer|novelist|poet|journalist|reporter|correspondent|insider|barrister|editor|columnist|commentator|historian|activist|campaigner|candidate|nominee|councillor|councilor|councilman|councilwoman|alderman|sheriff|warden|pilot|astronaut|engineer|businessman|businesswoman|entrepreneur|investor|billionaire|banker|tycoon|mogul|member|advocate|producer|filmmaker|director|designer|photographer|chef|comedian|host|presenter|anchor|blogger|militant|administrator|astronomer|physicist|astrophysicist|biologist|geologist|climatologist|meteorologist|oceanographer|glaciologist|chemist|mathematician|epidemiologist|virologist|psychologist|sociologist|anthropologist|archaeologist|technician|curator|archivist|dean|provost|rector|trustee|investigator|coordinator|organizer|organiser|priest|cleric|mullah|monk|deacon|patriarch|painter|sculptor|critic|architect|cosmonaut|explorer|mountaineer|athlete|boxer|golfer|cyclist|jockey|batsman|midfielder|defender|quarterback|lineman|linebacker|cornerback|receiver|pitcher|outfielder|infielder|shortstop|winger|goaltender|netminder|rusher|fullback|halfback|tailback|placekicker|kicker|punter|forward|point guard|running back|tight end|wide receiver|pass rusher|defensive end|defensive tackle|qb|rb|wr|dl|lb|cb|dt|ot|lhp|rhp|commander-in-chief|strongman|dictator|monarch|regent|crown prince|first lady|foreign secretary|home secretary|attorney general|solicitor general|surgeon general|prime minister|chief minister|chief executive|chief justice|supreme leader|secretary of state|party chief|party leader|opposition leader|mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|rep|gov|gen|col|lt|sgt|capt|cpt|maj|cmdr|adm|insp|det|supt|fr|rev|hon|mme|m|herr|frau|señor|señora|cllr|cr|coun|reps|sens|govs|datuk|dato|datin|tun|alhaji|alhaja'
)
  .split('|')
  .concat(COURTESY_TITLE_PAIRS);

/** The one-word role heads ("senator", "supervisor"), for the actor rules and the speaker resolver alike. */
export const ROLE_WORDS = new Set(ROLE_HEADS.filter((r) => !r.includes(' ')));

/**
 * Honorifics that mark a person but are not roles ("Mr Key" → role null); Malaysian courtesy titles ("Datuk Seri Anwar
 * Ibrahim", "Tan Sri Muhyiddin Yassin", "Tun Dr Mahathir") and the Hausa and Yoruba pilgrim's title ("Alhaji Atiku
 * Abubakar") too.
 */
export const HONORIFICS = new Set('mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|mme|herr|frau|señor|señora|m|rt|hon|honourable|honorable|datuk|dato|datin|tun|alhaji|alhaja'.split('|'));

/** Modifiers that combine with role heads ("Information Minister", "Defence Secretary"). Capitalised ones are learnt from the text. */
export const ROLE_MODIFIERS = new Set(
  'foreign|defence|defense|interior|home|finance|information|health|education|justice|energy|trade|economy|agriculture|labour|labor|environment|culture|sports|transport|housing|commerce|industry|tourism|communications|prime|deputy|vice|acting|former|chief|senior|junior|assistant|associate|executive|managing|general|state|federal|provincial|regional|local|national|party|opposition|army|military|police|government|white house|press|security|intelligence|nuclear|climate|development|planning|railways|water|power|petroleum|religious|science|technology|digital|immigration|veterans|treasury|budget|supreme|high|grand|lead|top|co|interim'.split(
    '|',
  ),
);

/** Nouns that, after a demonym or organisation, name a group of people acting together ("the Afghan delegation"). Value: the group's class. */
export const GROUP_NOUNS: Record<string, string> = {
  delegation: 'delegation', delegations: 'delegation', delegates: 'delegation', team: 'delegation', side: 'delegation', negotiators: 'delegation', negotiating: 'delegation', envoys: 'delegation',
  government: 'government', authorities: 'government', officials: 'government', administration: 'government', regime: 'government', cabinet: 'government', diplomats: 'government',
  forces: 'forces', troops: 'forces', soldiers: 'forces', army: 'forces', military: 'forces', militants: 'forces', fighters: 'forces', police: 'forces', navy: 'forces',
  people: 'people', citizens: 'people', nationals: 'people', residents: 'people', voters: 'people', refugees: 'people', migrants: 'people', workers: 'people', students: 'people', protesters: 'people', lawmakers: 'people',
};

/** Members of religions, parties and movements, used as plural nouns for groups ("Muslims", "Republicans"). */
export const GROUP_MEMBERS = new Set(
  'soviets|muslims|christians|jews|hindus|sikhs|buddhists|catholics|protestants|evangelicals|mormons|shias|shiites|sunnis|kurds|pashtuns|baloch|uyghurs|uighurs|rohingya|tamils|arabs|persians|berbers|maori|aborigines|republicans|democrats|conservatives|liberals|tories|labourites|socialists|communists|greens|maoists|islamists|jihadists|zionists|palestinians|israelis|loyalists|unionists|nationalists|separatists|houthis|yazidis|druze|alawites|copts|hispanics|latinos|europeans|africans|asians|westerners|brexiteers|remainers'.split(
    '|',
  ),
);

/**
 * Common Chinese, Korean, Vietnamese and Indian family names that compromise's surname list lacks, written
 * first in "Wang Yi", "Lim Hyun-soo" ("Wang" is also a rare English word; names that are everyday English
 * words, "Song", "Park", "Sun", are left out).
 */
export const FAMILY_NAMES = new Set(
  'wang liang xie han deng cao peng zeng dong yuan cai jiang yu ye cheng su ding ren shen yao cui zhong kang cho yoon jang lim seo hwang ahn yoo vu vo bui ngo duong gupta tan ng goh teo ong koh chua tay toh quek heng seah nguyen'.split(' '),
);

/** A member of a party, as a capitalised noun ("a Texas Democrat", "the New York Democrat"). */
export const PARTY_MEMBERS = new Set(['republican', 'democrat', 'conservative', 'liberal', 'socialist', 'tory', 'labourite', 'nationalist', 'green']);

/** Lowercase particles that open or join a surname ("de Blasio", "van Gogh", "von der Leyen"). */
export const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'ter', 'ten', 'bin', 'ibn']);

/** Words that, inside a capitalised name, make it an organisation. */
export const ORG_WORDS = new Set(
  'inc|inc.|pac|utd|rovers|wanderers|albion|hotspur|harriers|pte|stockbrokers|brokers|brokerage|strategies|investigations|advisors|advisers|associates|consulting|consultants|klan|panel|hub|healthcare|biosciences|electronics|productions|films|publishing|networks|media|corp|corp.|corporation|co.|company|companies|ltd|ltd.|llc|llp|plc|gmbh|ag|sa|srl|spa|sarl|nv|bv|pty|oyj|group|holdings|partners|international|bank|fund|trust|association|society|institute|institution|foundation|federation|confederation|union|league|alliance|coalition|council|commission|committee|community|board|authority|agency|bureau|office|division|department|ministry|ministries|service|services|administration|court|circuit|tribunal|parliament|senate|congress|assembly|chamber|cabinet|government|party|movement|front|army|navy|force|forces|guard|police|brigade|brigades|militia|taliban|university|college|school|academy|clinic|diocese|network|news|sports|wireless|books|review|weekly|monthly|digest|daily|times|post|journal|herald|gazette|tribune|telegraph|guardian|observer|chronicle|press|magazine|radio|television|tv|broadcasting|airlines|airways|motors|automobiles|automotive|aerospace|chemicals|systems|technologies|labs|laboratories|studios|records|pictures|club|fc|united|organisation|organization|centre|center|program|programme|project|initiative|exchange|reserve|secretariat|directorate|inspectorate|command|corps|unit|team|consortium|cooperative|brotherhood|tribe|legion|co|co-op|conference|summit|games|festival|commissioner|nations|caucus|dynasty|regime|mission|campaign|watch|amnesty|crescent|cross|laboratory|observatory|orchestra|choir|fraternity|sorority|guild|syndicate|cartel|charity|firm|bancorp|bancorporation|insurance|pharmaceuticals|entertainment|industries|enterprises|ventures|energy|petroleum|telecom|communications|foods|research|brands|solutions|software|pharma|biotech|therapeutics|robotics|analytics|logistics|securities|equities|capital|investments|resources|properties|realty|jaish|lashkar|harakat|hizb|hezb|jabhat|tehreek|tehrik|liwa|kataib|jamaat|ahrar|maghawir|jund|saraya|tanzeem|tanzim|majlis|sipah'.split(
    '|',
  ),
);

/** Words that, ending a capitalised name, make it a place. */
export const PLACE_WORDS = new Set(
  'city|county|parish|province|state|states|district|region|area|territory|territories|island|islands|isle|peninsula|shoal|shoals|reef|reefs|atoll|archipelago|lagoon|glacier|canyon|plateau|creek|fjord|volcano|marsh|marshes|wetlands|river|lake|sea|ocean|gulf|bay|strait|straits|canal|mountain|mountains|mount|mt|hill|hills|valley|desert|forest|park|refuge|coast|beach|harbour|harbor|port|street|st|avenue|ave|road|rd|boulevard|blvd|highway|hwy|parkway|pkwy|expressway|freeway|motorway|turnpike|square|bridge|airport|station|plaza|village|town|township|borough|heights|springs|falls|highlands|lowlands|plains|basin|delta|corridor|belt|border|frontier|prefecture|oblast|emirate|governorate|canton|republic|kingdom|empire|downtown|mosque|church|cathedral|temple|shrine|hospital|museum|library|zoo|centre|center|stadium|arena|palace|hall|tower|castle|prison|base|amphitheatre|amphitheater|pavilion|auditorium|coliseum|colosseum|ballpark|speedway|raceway|racecourse|velodrome|fairgrounds|ground|grounds'.split(
    '|',
  ),
);

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = new Set(
  'phd|ph.d|mba|msc|bsc|dphil|edd|llb|llm|mph|dds|dmd|facs|frcp|yesterday|today|tomorrow|tonight|et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|cest|ist|pkt|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|i|i\'m|i\'ve|i\'d|i\'ll|i’m|i’ve|i’d|i’ll|mr|mrs|ms|dr|ok|okay|tv|ceo|gdp|am|pm|a.m.|p.m.|ad|bc|covid|covid-19|internet|web|god|lord|christmas|easter|ramadan|eid|diwali|hanukkah|thanksgiving|new year|spring|summer|autumn|fall|winter|image|photo|video|credit|getty|reuters images|caption|advertisement|update|updated|breaking|read|more|related|share|comments|editor\'s|note|copyright|all|reserved|ph|q&a|hajj|umrah|olympics|paralympics|brexit|holocaust|oscars|grammys|emmys'.split(
    '|',
  ),
);

/** International organisations, agencies and media: [canonical, type, aliases…]. Countries come from generated data. */
export const KNOWN_ORGS: readonly (readonly string[])[] = [
  ['United Nations', 'organization', 'UN', 'U.N.'],
  ['UN Security Council', 'organization', 'Security Council', 'UNSC'],
  ['UN General Assembly', 'organization', 'General Assembly', 'UNGA'],
  ['European Union', 'organization', 'EU', 'E.U.'],
  ['European Commission', 'organization'],
  ['European Parliament', 'organization'],
  ['NATO', 'organization', 'North Atlantic Treaty Organization', 'Nato'],
  ['African Union', 'organization', 'AU'],
  ['Arab League', 'organization'],
  ['ASEAN', 'organization', 'Association of Southeast Asian Nations'],
  ['Organisation of Islamic Cooperation', 'organization', 'OIC', 'Organization of Islamic Cooperation'],
  ['Shanghai Cooperation Organisation', 'organization', 'SCO'],
  ['Gulf Cooperation Council', 'organization', 'GCC'],
  ['World Health Organization', 'organization', 'WHO', 'World Health Organisation'],
  ['World Bank', 'organization'],
  ['International Monetary Fund', 'organization', 'IMF'],
  ['World Trade Organization', 'organization', 'WTO'],
  ['International Criminal Court', 'organization', 'ICC'],
  ['International Court of Justice', 'organization', 'ICJ'],
  ['International Atomic Energy Agency', 'organization', 'IAEA'],
  ['UNICEF', 'organization'],
  ['UNESCO', 'organization'],
  ['UNHCR', 'organization', 'UN refugee agency'],
  ['OPEC', 'organization'],
  ['G7', 'organization', 'Group of Seven'],
  ['G20', 'organization', 'Group of 20'],
  ['Red Cross', 'organization', 'International Committee of the Red Cross', 'ICRC'],
  ['Amnesty International', 'organization'],
  ['Human Rights Watch', 'organization'],
  ['Doctors Without Borders', 'organization', 'MSF', 'Médecins Sans Frontières'],
  ['Save the Children', 'organization'],
  ['Friends of the Earth', 'organization'],
  ['International Rescue Committee', 'organization', 'IRC'],
  ['Norwegian Refugee Council', 'organization', 'NRC'],
  ['Mercy Corps', 'organization'],
  ['World Vision', 'organization'],
  ['Interpol', 'organization'],
  ['FIFA', 'organization'],
  ['International Olympic Committee', 'organization', 'IOC'],
  ['Taliban', 'organization'],
  ['Tehrik-i-Taliban Pakistan', 'organization', 'TTP', 'Pakistani Taliban'],
  ['al-Qaeda', 'organization', 'al Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al-Qaida'],
  ['Islamic State', 'organization', 'ISIS', 'ISIL', 'IS', 'Daesh'],
  ['Hamas', 'organization'],
  ['Hezbollah', 'organization'],
  ['Houthis', 'organization', 'Houthi'],
  ['Boko Haram', 'organization'],
  ['al-Shabab', 'organization', 'al-Shabaab', 'Al-Shabaab'],
  ['State Department', 'organization'],
  ['Congress', 'organization'],
  ['Parliament', 'organization'],
  ['House of Representatives', 'organization'],
  ['House of Commons', 'organization'],
  ['House of Lords', 'organization'],
  ['Knesset', 'organization'],
  ['State Duma', 'organization', 'Duma'],
  ['Bundestag', 'organization'],
  ['Lok Sabha', 'organization'],
  ['Rajya Sabha', 'organization'],
  ['National Assembly', 'organization'],
  ['Labour Party', 'organization', 'Labour'],
  ['Australian Labor Party', 'organization', 'Labor', 'ALP'],
  ['Conservative Party', 'organization', 'Tory party', 'Tory Party', 'Tory'],
  ['Liberal Democrats', 'organization', 'Lib Dems'],
  ['Republican Party', 'organization', 'GOP'],
  ['Democratic Party', 'organization'],
  ['Bharatiya Janata Party', 'organization', 'BJP'],
  ['Indian National Congress', 'organization'],
  ['African National Congress', 'organization', 'ANC'],
  ['Pakistan Tehreek-e-Insaf', 'organization', 'PTI'],
  ['Pakistan Muslim League-Nawaz', 'organization', 'PML-N'],
  ['Christian Democratic Union', 'organization', 'CDU'],
  ['Social Democratic Party', 'organization', 'SPD'],
  ['Alternative for Germany', 'organization', 'AfD'],
  ['Chinese Communist Party', 'organization', 'Communist Party of China', 'CCP', 'CPC'],
  // Parties of the English-speaking democracies whose names are no English words (acronyms only where no other
  // body of note shares them: "PPP" is South Korea's People Power Party too, "EFF" the Electronic Frontier Foundation).
  ['Sinn Féin', 'organization', 'Sinn Fein'],
  ['Fianna Fáil', 'organization', 'Fianna Fail'],
  ['Fine Gael', 'organization'],
  ['Plaid Cymru', 'organization'],
  ['Scottish National Party', 'organization', 'SNP'],
  ['Democratic Unionist Party', 'organization', 'DUP'],
  ['New Democratic Party', 'organization', 'NDP'],
  ['Bloc Québécois', 'organization', 'Bloc Quebecois'],
  ['Aam Aadmi Party', 'organization'],
  ['Pakistan Peoples Party', 'organization', "Pakistan People's Party", 'Pakistan People’s Party'],
  ['Economic Freedom Fighters', 'organization'],
  ['All Progressives Congress', 'organization'],
  ['Peoples Democratic Party', 'organization'],
  ['Te Pāti Māori', 'organization', 'Te Pati Maori', 'Māori Party'],
  // Ireland's police, named in the plural too ("Gardaí said").
  ['An Garda Síochána', 'organization', 'Garda Síochána', 'Gardaí', 'Gardai'],
  ['Senate', 'organization'],
  // Armed services named alone ("the Navy said"): the country's own, as "the Senate" is.
  ['Navy', 'organization'],
  ['Army', 'organization'],
  ['Marine Corps', 'organization', 'Marines'],
  ['Coast Guard', 'organization'],
  ['National Guard', 'organization'],
  ['Supreme Court', 'organization'],
  ['FBI', 'organization', 'Federal Bureau of Investigation'],
  ['CIA', 'organization', 'Central Intelligence Agency'],
  ['ATF', 'organization', 'Bureau of Alcohol, Tobacco, Firearms and Explosives', 'Bureau of Alcohol, Tobacco, Firearms, and Explosives'],
  ['NASA', 'organization'],
  ['NOAA', 'organization', 'National Oceanic and Atmospheric Administration'],
  // Agencies whose head word is no organisation word ("survey" names studies; "office" alone is a room).
  ['US Geological Survey', 'organization', 'USGS', 'U.S. Geological Survey', 'United States Geological Survey'],
  ['British Geological Survey', 'organization'],
  ['Ordnance Survey', 'organization'],
  ['Met Office', 'organization'],
  ['Eurostat', 'organization'],
  ['Ofcom', 'organization'],
  ['Ofgem', 'organization'],
  ['Ofsted', 'organization'],
  ['Federal Reserve', 'organization', 'Fed'],
  ['Reuters', 'organization'],
  ['Associated Press', 'organization', 'AP'],
  ['Agence France-Presse', 'organization', 'AFP'],
  ['Bloomberg', 'organization', 'Bloomberg News'],
  ['BBC', 'organization', 'British Broadcasting Corporation'],
  ['CNN', 'organization'],
  ['Al Jazeera', 'organization', 'Al-Jazeera'],
  ['Xinhua', 'organization'],
  ['TASS', 'organization'],
  ['Dawn', 'organization'],
  ['The New York Times', 'organization', 'New York Times'],
  ['The Washington Post', 'organization', 'Washington Post'],
  ['The Wall Street Journal', 'organization', 'Wall Street Journal', 'WSJ'],
  ['The Guardian', 'organization'],
  ['The Times', 'organization'],
  ['The Telegraph', 'organization'],
  ['Financial Times', 'organization', 'FT'],
  ['The Economist', 'organization'],
  ['National Review', 'organization'],
  ['Breitbart News', 'organization', 'Breitbart'],
  ['The Daily Beast', 'organization', 'Daily Beast'],
  ['The Daily Caller', 'organization', 'Daily Caller'],
  ['Washington Examiner', 'organization'],
  ['New York Post', 'organization'],
  ['Mother Jones', 'organization'],
  ['The Hindu', 'organization'],
  ['The Federalist', 'organization'],
  ['NPR', 'organization'],
  ['Fox News', 'organization'],
  ['NBC', 'organization', 'NBC News'],
  ['CBS', 'organization', 'CBS News'],
  ['ABC', 'organization', 'ABC News'],
  ['Twitter', 'organization'],
  ['Facebook', 'organization'],
  ['Google', 'organization'],
  ['Microsoft', 'organization'],
  ['Apple', 'organization'],
  ['Amazon', 'organization'],
  ['Meta', 'organization'],
  ['YouTube', 'organization'],
  ['Instagram', 'organization'],
  ['TikTok', 'organization'],
  ['OpenAI', 'organization'],
  ['Wikipedia', 'organization'],
  ['Wikinews', 'organization'],
  // More news media and agencies, often quoted as sources ("Politico reported", "told Business Insider").
  ['Politico', 'organization'], ['Axios', 'organization'], ['Business Insider', 'organization'], ['HuffPost', 'organization', 'Huffington Post'],
  ['BuzzFeed News', 'organization', 'BuzzFeed'], ['The Hill', 'organization'], ['ProPublica', 'organization'], ['The Intercept', 'organization'],
  ['USA Today', 'organization'], ['Los Angeles Times', 'organization', 'LA Times'], ['Chicago Tribune', 'organization'], ['Boston Globe', 'organization'],
  ['MSNBC', 'organization'], ['CNBC', 'organization'], ['PBS', 'organization'], ['Sky News', 'organization'], ['ITV', 'organization'],
  ['Deutsche Welle', 'organization', 'DW'], ['France 24', 'organization'], ['Euronews', 'organization'], ['RT', 'organization', 'Russia Today'],
  ['Sputnik', 'organization'], ['Voice of America', 'organization', 'VOA'], ['Radio Free Europe/Radio Liberty', 'organization', 'Radio Free Europe', 'RFE/RL'],
  ['Der Spiegel', 'organization', 'Spiegel'], ['Le Monde', 'organization'], ['El País', 'organization'], ['Haaretz', 'organization'],
  ['Times of Israel', 'organization'], ['Jerusalem Post', 'organization'], ['Al Arabiya', 'organization'], ['Anadolu Agency', 'organization', 'Anadolu'],
  ['Kyodo News', 'organization', 'Kyodo'], ['Yonhap', 'organization'], ['NHK', 'organization'], ['Press Trust of India', 'organization'],
  ['Geo News', 'organization'], ['Express Tribune', 'organization'], ['Tolo News', 'organization', 'TOLOnews'], ['Arab News', 'organization'],
  ['South China Morning Post', 'organization', 'SCMP'], ['Global Times', 'organization'], ["People's Daily", 'organization'], ['CCTV', 'organization'],
  ['Straits Times', 'organization'], ['Sydney Morning Herald', 'organization'], ['CBC', 'organization', 'CBC News'], ['Globe and Mail', 'organization'],
  ['Daily Mail', 'organization'], ['Politifact', 'organization', 'PolitiFact'], ['Snopes', 'organization'], ['Bellingcat', 'organization'],
  ['Interfax', 'organization'], ['RIA Novosti', 'organization'], ['IRNA', 'organization'], ['Ruptly', 'organization'],
  // Press-release wires (their names open every release: "/PRNewswire/ --") and technology news sites.
  ['PR Newswire', 'organization', 'PRNewswire'], ['Business Wire', 'organization'], ['GlobeNewswire', 'organization', 'Globe Newswire'],
  ['CNET', 'organization'], ['Gizmodo', 'organization'], ['Mashable', 'organization'], ['ZDNet', 'organization'], ['Sky Sports', 'organization'],
  // Government agencies news names by acronym or short form.
  ['Department of Homeland Security', 'organization', 'DHS', 'Homeland Security'], ['Customs and Border Protection', 'organization', 'CBP', 'U.S. Customs and Border Protection'],
  ['Immigration and Customs Enforcement', 'organization'], ['Centers for Disease Control and Prevention', 'organization', 'Centers for Disease Control', 'CDC'],
  ['Food and Drug Administration', 'organization', 'FDA'], ['Environmental Protection Agency', 'organization', 'EPA'], ['National Institutes of Health', 'organization', 'NIH'],
  ['Justice Department', 'organization', 'Department of Justice', 'DOJ'], ['Defense Department', 'organization', 'Department of Defense', 'DoD'],
  ['Securities and Exchange Commission', 'organization', 'SEC'], ['Federal Trade Commission', 'organization', 'FTC'], ['FEMA', 'organization', 'Federal Emergency Management Agency'],
  ['National Security Agency', 'organization', 'NSA'], ['Internal Revenue Service', 'organization', 'IRS'], ['National Security Council', 'organization', 'NSC'],
  ['Drug Enforcement Administration', 'organization', 'DEA'], ['Secret Service', 'organization'], ['Home Office', 'organization'], ['Foreign Office', 'organization', 'Foreign, Commonwealth and Development Office'],
  ['Ministry of Defence', 'organization', 'MoD'], ['NHS', 'organization', 'National Health Service'], ['Metropolitan Police', 'organization', 'Met Police', 'Scotland Yard'],
  ['MI5', 'organization'], ['MI6', 'organization'], ['GCHQ', 'organization'], ['Crown Prosecution Service', 'organization', 'CPS'], ['Bank of England', 'organization'],
  ['European Central Bank', 'organization', 'ECB'], ['Europol', 'organization'], ['Frontex', 'organization'], ['OSCE', 'organization', 'Organization for Security and Co-operation in Europe'],
  ['OECD', 'organization'], ['World Food Programme', 'organization', 'WFP'], ['UNDP', 'organization'], ['UNRWA', 'organization'], ['International Organization for Migration', 'organization', 'IOM'],
  ['Reserve Bank of India', 'organization', 'RBI'], ['Inter-Services Intelligence', 'organization', 'ISI'], ['Inter-Services Public Relations', 'organization', 'ISPR'],
  // Banks and investment firms quoted on markets.
  ['JPMorgan Chase', 'organization', 'JPMorgan', 'JP Morgan', 'J.P. Morgan'], ['Goldman Sachs', 'organization'], ['Morgan Stanley', 'organization'],
  ['Citigroup', 'organization', 'Citi'], ['HSBC', 'organization'], ['Barclays', 'organization'], ['Deutsche Bank', 'organization'], ['UBS', 'organization'],
  ['Credit Suisse', 'organization'], ['BNP Paribas', 'organization'], ['Nomura', 'organization'], ['Bank of America', 'organization'], ['Wells Fargo', 'organization'],
  ['BlackRock', 'organization'], ['Commerzbank', 'organization'], ['Moody’s', 'organization', "Moody's"], ['Fitch Ratings', 'organization', 'Fitch'], ['S&P Global', 'organization'],
  // Entertainment and magazine press.
  ['Rolling Stone', 'organization'], ['Variety', 'organization'], ['E! News', 'organization'], ['Billboard', 'organization'], ['The Hollywood Reporter', 'organization', 'Hollywood Reporter'],
  ['Deadline', 'organization'], ['Vanity Fair', 'organization'], ['Condé Nast', 'organization'], ['Condé Nast Traveller', 'organization'], ['Vogue', 'organization'], ['TMZ', 'organization'],
  ['Page Six', 'organization'], ['The Atlantic', 'organization'], ['The New Yorker', 'organization'], ['Newsweek', 'organization'], ['Forbes', 'organization'], ['Fortune', 'organization'],
  ['Wired', 'organization'], ['TechCrunch', 'organization', 'Tech Crunch'], ['The Verge', 'organization'], ['Engadget', 'organization'], ['Ars Technica', 'organization'],
  // Research institutes and NGOs news quotes.
  ['Stratfor', 'organization'], ['Brookings Institution', 'organization', 'Brookings'], ['RAND Corporation', 'organization', 'RAND'],
  ['Council on Foreign Relations', 'organization'], ['Médecins Sans Frontières', 'organization', 'MSF'], ['Transparency International', 'organization'],
  ['Reporters Without Borders', 'organization', 'RSF'], ['Committee to Protect Journalists', 'organization', 'CPJ'], ['Greenpeace', 'organization'],
  // Armed and political movements whose names read like people's names in English text.
  ['Ansar al-Sharia', 'organization'], ['Hayat Tahrir al-Sham', 'organization', 'HTS'], ['Lashkar-e-Taiba', 'organization', 'LeT'],
  ['Jaish-e-Mohammed', 'organization'], ['Haqqani network', 'organization', 'Haqqani Network'], ['Muslim Brotherhood', 'organization'],
  ['Free Syrian Army', 'organization', 'FSA'], ['Syrian Democratic Forces', 'organization', 'SDF'], ['Kurdistan Workers’ Party', 'organization', "Kurdistan Workers' Party", 'PKK'],
  ['YPG', 'organization'], ['Wagner Group', 'organization'], ['Islamic Revolutionary Guard Corps', 'organization', 'IRGC', 'Revolutionary Guards'],
  ['al-Shabaab', 'organization', 'Al-Shabaab'], ['Islamic State Khorasan', 'organization', 'ISIS-K', 'ISKP'], ['Baloch Liberation Army', 'organization', 'BLA'],
];

/** Places that are not countries but often in the news, plus capitals' short forms. [name, region/country code]. */
export const KNOWN_PLACES: readonly (readonly string[])[] = [
  ['Washington', 'US'], ['Istanbul', 'TR'], ['Gaza', 'PS'], ['West Bank', 'PS'], ['Jerusalem', 'IL'], ['Crimea', 'UA'], ['Donbas', 'UA'],
  ['Kashmir', ''], ['Balochistan', 'PK'], ['Khyber Pakhtunkhwa', 'PK'], ['Punjab', ''], ['Sindh', 'PK'], ['Karachi', 'PK'], ['Lahore', 'PK'], ['Peshawar', 'PK'], ['Kandahar', 'AF'], ['Herat', 'AF'],
  ['Doha', 'QA'], ['Dubai', 'AE'], ['Tehran', 'IR'], ['Mumbai', 'IN'], ['New Delhi', 'IN'], ['Delhi', 'IN'], ['Shanghai', 'CN'], ['Hong Kong', 'CN'], ['Tibet', 'CN'], ['Xinjiang', 'CN'],
  ['Middle East', ''], ['Europe', ''], ['Asia', ''], ['Africa', ''], ['Latin America', ''], ['South Asia', ''], ['Central Asia', ''], ['Gulf', ''], ['Persian Gulf', ''], ['Red Sea', ''], ['Black Sea', ''],
  ['Mediterranean', ''], ['Arctic', ''], ['Antarctica', ''], ['Sahel', ''], ['Balkans', ''], ['Caucasus', ''], ['Scandinavia', ''], ['Siberia', 'RU'], ['Chechnya', 'RU'], ['Darfur', 'SD'],
  ['England', 'GB'], ['Scotland', 'GB'], ['Wales', 'GB'], ['Northern Ireland', 'GB'], ['London', 'GB'], ['New York', 'US'], ['California', 'US'], ['Texas', 'US'], ['Florida', 'US'],
  ['Silicon Valley', 'US'], ['Wall Street', 'US'], ['Hollywood', 'US'], ['Capitol Hill', 'US'],
  ['Atlantic', ''], ['Pacific', ''], ['Indian Ocean', ''], ['Southern Ocean', ''], ['Antarctic', ''], ['Americas', ''], ['North America', ''], ['South America', ''],
  ['Central America', ''], ['Oceania', ''], ['Eurasia', ''], ['Southeast Asia', ''], ['East Asia', ''], ['West Africa', ''], ['East Africa', ''], ['North Africa', ''],
  ['Horn of Africa', ''], ['Sub-Saharan Africa', ''], ['Amazon', ''], ['Sahara', ''], ['Himalayas', ''], ['Alps', ''], ['Andes', ''], ['Rockies', ''], ['Great Lakes', ''],
  ['Mainland China', 'CN'], ['Western Europe', ''], ['Eastern Europe', ''], ['Northern Europe', ''], ['Southern Europe', ''], ['Latin America', ''], ['Caribbean', ''],
];

/** Short forms of big cities news uses ("NYC", "L.A."): [canonical, country, aliases…]. */
export const PLACE_ALIASES: readonly (readonly string[])[] = [
  ['New York City', 'US', 'NYC', 'N.Y.C.'],
  ['New York', 'US', 'NY', 'N.Y.'],
  ['Los Angeles', 'US', 'L.A.'],
  ['San Francisco', 'US', 'S.F.'],
  ['New Orleans', 'US', 'N.O.'],
  ['Saint Petersburg', 'RU', 'St Petersburg', 'St. Petersburg'],
  ['Gaza Strip', 'PS', 'Gaza'],
  // The seat of the international courts, which the world's news names as often as the courts themselves.
  ['The Hague', 'NL', 'Hague'],
];

/** Capitals whose short name differs from the data's ("Washington D.C." → "Washington"). */
export const CAPITAL_ALIASES: Record<string, string[]> = {
  'Washington D.C.': ['Washington', 'Washington, D.C.', 'Washington DC', 'D.C.'],
  'New Delhi': ['Delhi'],
};

/**
 * Geographic features and celestial bodies, by name (reference knowledge written for this project):
 * continents, oceans and seas, straits and gulfs, rivers, lakes, mountains and ranges, deserts,
 * islands and peninsulas, and the bodies of the solar system that news treats as places.
 * Names that need their head word to be a place ("Amazon River", "Congo River") are listed with it.
 */
export const GEO_FEATURES: readonly string[] = (
  'Africa|Antarctica|Asia|Europe|North America|South America|Oceania|Australasia|Eurasia|' +
  'Atlantic Ocean|Pacific Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|North Atlantic|South Atlantic|North Pacific|South Pacific|' +
  'Mediterranean Sea|Caribbean Sea|South China Sea|East China Sea|Yellow Sea|Baltic Sea|North Sea|Caspian Sea|Arabian Sea|Aegean Sea|Adriatic Sea|Ionian Sea|Tyrrhenian Sea|Dead Sea|Sea of Japan|Sea of Azov|Sea of Okhotsk|Bering Sea|Barents Sea|Coral Sea|Tasman Sea|Irish Sea|Norwegian Sea|Sargasso Sea|Andaman Sea|Philippine Sea|Sea of Galilee|Sea of Marmara|Red Sea|Black Sea|' +
  'Gulf of Mexico|Gulf of Aden|Gulf of Oman|Gulf of Guinea|Gulf of Thailand|Gulf of Finland|Gulf of Aqaba|Gulf of Suez|Gulf of California|Persian Gulf|Arabian Gulf|Bay of Bengal|Bay of Biscay|Bay of Pigs|Hudson Bay|Chesapeake Bay|San Francisco Bay|' +
  'Strait of Hormuz|Strait of Malacca|Strait of Gibraltar|Bab el-Mandeb|Taiwan Strait|Kerch Strait|Bosphorus|Dardanelles|English Channel|Suez Canal|Panama Canal|Drake Passage|Cape of Good Hope|Cape Horn|' +
  'Nile|Mississippi River|Amazon River|Yangtze|Yangtze River|Yellow River|Ganges|Indus|Indus River|Brahmaputra|Mekong|Danube|Rhine|Rhône|Thames|River Thames|Seine|Loire|Elbe|Oder|Vistula|Volga|Dnieper|Dnipro River|Don River|Euphrates|Tigris|Jordan River|Zambezi|Limpopo|Congo River|Niger River|Orinoco|Rio Grande|Colorado River|Columbia River|Hudson River|Potomac|Ohio River|Missouri River|St. Lawrence River|Murray River|Darling River|Amur|Ob River|Yenisei|Lena River|Irrawaddy|Salween|Helmand River|Kabul River|Jhelum|Chenab|Ravi|Sutlej|Yamuna|Blue Nile|White Nile|' +
  'Lake Victoria|Lake Tanganyika|Lake Malawi|Lake Chad|Lake Baikal|Lake Superior|Lake Michigan|Lake Huron|Lake Erie|Lake Ontario|Lake Titicaca|Lake Geneva|Lake Como|Lake Tahoe|Great Salt Lake|Lake Taupo|Lake Eyre|Aral Sea|Great Lakes|' +
  'Himalayas|Himalaya|Alps|Andes|Rockies|Rocky Mountains|Appalachians|Appalachian Mountains|Hindu Kush|Karakoram|Pamirs|Urals|Ural Mountains|Atlas Mountains|Pyrenees|Carpathians|Caucasus|Apennines|Balkan Mountains|Zagros Mountains|Tian Shan|Altai|Sierra Nevada|Sierra Madre|Great Dividing Range|Drakensberg|Ethiopian Highlands|Scottish Highlands|Golan Heights|' +
  'Mount Everest|Everest|K2|Kilimanjaro|Mount Kilimanjaro|Mont Blanc|Mount Fuji|Mount Etna|Etna|Vesuvius|Mount Vesuvius|Mount Olympus|Mount Sinai|Mount Kenya|Mount Elbrus|Elbrus|Denali|Mount McKinley|Mount Rainier|Mount St. Helens|Aconcagua|Matterhorn|Mount Ararat|Ararat|Nanga Parbat|Annapurna|Kangchenjunga|Mauna Loa|Kilauea|Mount Cook|Aoraki|Uluru|' +
  'Sahara|Sahara Desert|Gobi|Gobi Desert|Kalahari|Kalahari Desert|Namib|Negev|Negev Desert|Sinai|Sinai Peninsula|Atacama|Atacama Desert|Mojave|Mojave Desert|Sonoran Desert|Thar Desert|Arabian Desert|Syrian Desert|Empty Quarter|Taklamakan|Great Victoria Desert|Outback|' +
  'Arabian Peninsula|Korean Peninsula|Iberian Peninsula|Balkan Peninsula|Crimean Peninsula|Italian Peninsula|Scandinavian Peninsula|Malay Peninsula|Indochina|Yucatán|Yucatan Peninsula|Kamchatka|Jutland|Anatolia|Arabia|' +
  'Borneo|Sumatra|Java|Sulawesi|New Guinea|Luzon|Mindanao|Honshu|Hokkaido|Kyushu|Okinawa|Sicily|Sardinia|Corsica|Crete|Rhodes|Lesbos|Lampedusa|Canary Islands|Balearic Islands|Azores|Madeira|Galápagos|Galapagos Islands|Hawaiian Islands|Aleutian Islands|Falklands|Spratly Islands|Paracel Islands|Senkaku Islands|Kuril Islands|Zanzibar|Bali|Lombok|Tasmania|North Island|South Island|Stewart Island|Vancouver Island|Long Island|Manhattan|Staten Island|Ellis Island|Diego Garcia|Svalbard|Tierra del Fuego|Patagonia|' +
  'Levant|Maghreb|Mesopotamia|Sahel|Horn of Africa|Balkans|Baltics|Baltic states|Caucasus region|Kurdistan|Punjab|Bengal|Kashmir|Tibet|Siberia|Central Asia|South Asia|Southeast Asia|East Asia|Middle East|Near East|Far East|Asia-Pacific|Indo-Pacific|Latin America|Central America|Caribbean|Scandinavia|Nordic countries|Benelux|Midwest|Deep South|New England|Pacific Northwest|Great Plains|Bible Belt|Rust Belt|Sun Belt|Silicon Valley|Amazon rainforest|Amazonia|Congo Basin|Rift Valley|Great Rift Valley|Great Barrier Reef|Death Valley|Grand Canyon|Yellowstone|Everglades|Arctic|Antarctic|Arctic Circle|North Pole|South Pole|Equator|' +
  'Earth|Moon|Mars|Venus|Jupiter|Saturn|Uranus|Neptune|Pluto|Ganymede|Enceladus|Milky Way|Andromeda|Alpha Centauri|Proxima Centauri|Halley\'s Comet|Kuiper Belt|asteroid belt'
).split('|');

/**
 * Buildings and landmarks news names as places: [name, country code, "seat" when the building stands
 * for a government or an office ("the White House said…", read as a metonym like a capital)].
 */
export const LANDMARKS: readonly (readonly string[])[] = [
  ['White House', 'US', 'seat'], ['Oval Office', 'US', 'seat'], ['Kremlin', 'RU', 'seat'], ['Pentagon', 'US', 'seat'], ['Downing Street', 'GB', 'seat'], ['Number 10', 'GB', 'seat'], ['Élysée Palace', 'FR', 'seat'], ['Élysée', 'FR', 'seat'],
  ['Capitol', 'US', 'seat'], ['Zhongnanhai', 'CN', 'seat'], ['Blue House', 'KR', 'seat'], ['Quai d\'Orsay', 'FR', 'seat'], ['Foggy Bottom', 'US', 'seat'], ['Whitehall', 'GB', 'seat'], ['Westminster', 'GB', 'seat'],
  ['Buckingham Palace', 'GB', ''], ['Windsor Castle', 'GB', ''], ['Big Ben', 'GB', ''], ['Tower of London', 'GB', ''], ['Trafalgar Square', 'GB', ''], ['Eiffel Tower', 'FR', ''], ['Louvre', 'FR', ''], ['Notre-Dame', 'FR', ''],
  ['Statue of Liberty', 'US', ''], ['Times Square', 'US', ''], ['Central Park', 'US', ''], ['Ground Zero', 'US', ''], ['Golden Gate Bridge', 'US', ''], ['Lincoln Memorial', 'US', ''], ['National Mall', 'US', ''], ['Mount Rushmore', 'US', ''],
  ['Red Square', 'RU', ''], ['Tiananmen Square', 'CN', ''], ['Forbidden City', 'CN', ''], ['Great Wall', 'CN', ''], ['Great Wall of China', 'CN', ''], ['Taj Mahal', 'IN', ''], ['Tahrir Square', 'EG', ''], ['Maidan', 'UA', ''],
  ['Colosseum', 'IT', ''], ['Acropolis', 'GR', ''], ['Parthenon', 'GR', ''], ['Sistine Chapel', 'VA', ''], ['St Peter\'s Square', 'VA', ''], ['St. Peter\'s Square', 'VA', ''], ['Brandenburg Gate', 'DE', ''], ['Reichstag', 'DE', 'seat'],
  ['Al-Aqsa Mosque', 'PS', ''], ['Temple Mount', 'IL', ''], ['Western Wall', 'IL', ''], ['Dome of the Rock', 'PS', ''], ['Church of the Holy Sepulchre', 'IL', ''], ['Kaaba', 'SA', ''], ['Grand Mosque', 'SA', ''], ['Masjid al-Haram', 'SA', ''],
  ['Hagia Sophia', 'TR', ''], ['Sydney Opera House', 'AU', ''], ['Machu Picchu', 'PE', ''], ['Petra', 'JO', ''], ['Angkor Wat', 'KH', ''], ['Stonehenge', 'GB', ''], ['Chernobyl', 'UA', ''], ['Fukushima', 'JP', ''], ['Guantanamo Bay', 'CU', ''], ['Guantánamo Bay', 'CU', ''],
];

/** Everyday acronyms of things, not actors (uppercase; a plural "s" is stripped before lookup). */
export const COMMON_ACRONYMS = new Set(
  'TV|PC|CPU|GPU|USB|HDMI|VR|AR|AI|OS|FPS|IR|AA|AAA|DNA|RNA|HIV|AIDS|GDP|GNP|CEO|CFO|COO|CTO|IPO|ATM|SUV|GPS|LED|LCD|OLED|RAM|ROM|SSD|HDD|HD|UHD|HDR|3D|4K|5G|4G|3G|PDF|URL|HTML|CSS|API|SMS|MMS|MP3|MP4|DVD|CD|UV|CO2|FAQ|DIY|VIP|IQ|ID|PIN|ICU|ER|MRI|PPE|COVID|SARS|MERS|EV|NFT|PR|HR|RPG|MMO|DLC|UI|UX|ISP|VPN|LTE|SIM|IoT|SaaS|B2B|PhD|MBA|BA|MA|BSc|MSc|GCSE|SAT|GPA|AM|FM|UHF|VHF|ETA|RSVP|ASAP|FYI|LOL|OMG|BBQ|DJ|MC|PS|TBA|TBC|NB|VAT|GST|OTC|ADHD|PTSD|OCD|STD|IVF|CPR|BMI|ECG|EEG|CT|EMT|GMO|LGBT|LGBTQ|POW|MIA|KIA|WMD|ICBM|UAV|RPG|AK|GW|MW|KW|GWH|MWH|KWH|TWH|PV|EBITDA|EPS|ETF|NAV|CAGR|YOY|QOQ|USD|EUR|GBP|JPY|CNY|INR|CHF|AUD|CAD|DXY|FY|Q1|Q2|Q3|Q4|H1|H2|BPS|PE|GAAP|ESG|M&A|R&D|MDMA|LSD|THC|CBD|GHB|PCP|DMT|TNT|PVC|BPA|PFAS|PCB|DDT|UFO|ICT|IT|CRM|ERP|SDK|CMS|LAN|WAN|WIFI|NFC|RFID|QR|OEM|SKU|KPI|ROI|B2C|P2P|CAD|CAM|LIDAR|AV|ADAS'.split('|'),
);

/** A US lawmaker's party and state after the name ("Sen. Ted Cruz, R-Texas,", "D-N.Y."): no actor of its own. */
export const PARTY_AND_STATE = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** "known online as DoctorX", "who goes by the name PlutoPete", "nicknamed Pistol": what follows is another name. */
/** Adverbs that open a sentence before its subject ("Meanwhile, it attacked…", "Yesterday Congress voted…"). */
export const SENTENCE_ADVERBS = new Set(
  'meanwhile however still instead moreover furthermore nevertheless nonetheless separately similarly likewise indeed overall ultimately finally again now today yesterday tonight tomorrow previously afterwards afterward also besides otherwise thus therefore hence then later earlier soon'.split(' '),
);

export const KNOWN_AS_BEFORE = /(?:\b(?:known|referred to)(?: online| locally| professionally| to (?:friends|fans))? as|\bnicknamed|\bdubbed|\bgoes by(?: the (?:name|handle|nickname|username))?|\bwho calls (?:himself|herself)|\ba\.?k\.?a\.?|\b(?:the|a|his|her|their)\s+(?:online\s+)?(?:username|handle|alias|pseudonym))\s+[“"]?$/i;

/** Products, platforms and devices news names like actors (their makers are the actors). Exact case. */
export const KNOWN_PRODUCTS = new Set(
  'Windows|Windows XP|Windows Vista|Android|iOS|iPhone|iPad|iPod|iTunes|MacBook|macOS|OS X|Xbox|Xbox One|Xbox Live|PlayStation|PlayStation VR|Nintendo Switch|Wii|Game Boy|Kindle|Chrome|Firefox|Safari|Internet Explorer|Microsoft Edge|Microsoft Office|Office 365|Photoshop|Gmail|PowerPoint|Skype|Siri|Cortana|ChatGPT|Linux|Ubuntu|Unix|Bitcoin|Ethereum|Walkman|Prius|Kinect|Oculus|Oculus Rift|HoloLens|Vision Pro|Google Maps|Google Earth|Street View|YouTube Kids|Dolby Atmos|Blu-ray|Bluetooth|Wi-Fi|Wikipedia Zero'.split('|'),
);

/** Words that newspapers' names end on, and that stand alone for the paper ("the Chronicle"). */
export const NEWSPAPER_WORDS = new Set(['times', 'post', 'journal', 'herald', 'gazette', 'tribune', 'telegraph', 'chronicle', 'observer', 'examiner', 'inquirer', 'courier']);

/**
 * Words that mark an organisation's name as a news outlet's ("The Korea Herald", "Yonhap News", "Daily Mail",
 * "Reuters"): the newspapers' words, and those of other papers, broadcasters and agencies.
 */
export const PRESS_NAME_WORDS = new Set([
  ...NEWSPAPER_WORDS,
  ...'news guardian daily press mail mirror express magazine reporter bulletin dispatch sentinel star sun standard independent register radio tv television broadcasting reuters bloomberg afp ap bbc cnn cnbc npr pbs yonhap xinhua kyodo axios politico'.split(' '),
]);

/** Letters after a person's name: honours, King's or Queen's Counsel, a seat in a parliament, a degree. */
export const POST_NOMINALS = /^(?:KC|QC|SC|MP|MSP|MEP|MLA|MPP|TD|MBE|OBE|CBE|KBE|DBE|GBE|FRS|PhD|Esq)$/;

/** The Canadian Press's abbreviations of Canada's provinces ("Bedford, N.S.", "Guelph, Ont."), the last dot left out. */
export const PROVINCE_NAMES: Record<string, string> = { ont: 'Ontario', que: 'Quebec', alta: 'Alberta', sask: 'Saskatchewan', man: 'Manitoba', 'n.s': 'Nova Scotia', 'n.b': 'New Brunswick', nfld: 'Newfoundland', 'p.e.i': 'Prince Edward Island', 'b.c': 'British Columbia' };
/** The Associated Press abbreviations of US states' names, the last dot left out ("Calif", "N.J"). */
export const US_STATE_NAMES: Record<string, string> = {
  ala: 'Alabama', ariz: 'Arizona', ark: 'Arkansas', calif: 'California', colo: 'Colorado', conn: 'Connecticut', del: 'Delaware', fla: 'Florida', ga: 'Georgia', ill: 'Illinois', ind: 'Indiana', kan: 'Kansas', ky: 'Kentucky', la: 'Louisiana', md: 'Maryland', mass: 'Massachusetts', mich: 'Michigan', minn: 'Minnesota', miss: 'Mississippi', mo: 'Missouri', mont: 'Montana', neb: 'Nebraska', nev: 'Nevada', 'n.h': 'New Hampshire', 'n.j': 'New Jersey', 'n.m': 'New Mexico', 'n.y': 'New York', 'n.c': 'North Carolina', 'n.d': 'North Dakota', okla: 'Oklahoma', ore: 'Oregon', pa: 'Pennsylvania', 'r.i': 'Rhode Island', 's.c': 'South Carolina', 's.d': 'South Dakota', tenn: 'Tennessee', vt: 'Vermont', va: 'Virginia', wash: 'Washington', 'w.va': 'West Virginia', wis: 'Wisconsin', wyo: 'Wyoming',
};

/** An abbreviation of those lists as written, its last dot left out: "calif" → "Calif", "n.j" → "N.J", "w.va" → "W.Va". */
export function abbreviationAsWritten(key: string): string {
  return key.split('.').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('.');
}
