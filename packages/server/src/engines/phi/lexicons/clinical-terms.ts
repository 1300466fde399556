/**
 * Capitalised words of clinical text that are not people even where a name
 * lexicon lists them: eponyms of diseases, signs, scores and procedures,
 * brand-name drugs that collide with names, and the nouns that turn a name
 * into an eponym ("Wells score", "Crohn disease", "Parkinson's").
 *
 * @module
 */

/** Eponyms (lower case): never a person without a title or a "seen by" cue. */
export const EPONYMS: ReadonlySet<string> = new Set(
  `addison adson alzheimer apgar apley asperger babinski baker barrett barthel basedow bartter batson beck becker bell bishop blatchford
  boerhaave bouchard bowen braden brown-sequard broca brudzinski brugada buerger burkitt caprini charcot chiari child christmas churg
  cheyne colles conn coombs crigler crohn cullen curling cushing dandy darier de quervain dubin duchenne duke dupuytren edinburgh ehlers
  eisenmenger epstein ewing fabry fallot fanconi felty fitz fisher fleischner foley forrester fournier fowler framingham frey friedreich
  galeazzi ganz garden gardner gaucher geneva gilbert glasgow gleason goodpasture gottron graves grey gram guillain barre hamilton hamman
  hartmann hashimoto heberden heimlich heller henoch hickman hirschsprung hodgkin holter homan horner huntington hurler kaposi kawasaki
  karnofsky kehr kernig killip klatskin klinefelter korsakoff kussmaul lachman lambert eaton langerhans legg calve perthes leriche lown
  lyme mallampati mallory weiss marfan mcburney meckel meigs meniere merkel monteggia morse murphy neer nissen noonan norton osler paget
  padua pancoast parkinson parkland perthes peyronie phalen pickwick pott prinzmetal pugh ramsay ranson raynaud reiter reye richmond
  rinne romberg rotor roux rovsing salter schatzker schober sheehan shy drager sjogren sjögren snellen somogyi spurling stevens still
  stokes sturge swan takayasu tanner tinel tourette trendelenburg trousseau turner valsalva virchow von willebrand waldenstrom wallenberg
  weber wegener wells wernicke westergren whipple wilms wilson wolff zenker zollinger ellison centor alvarado wells rockall hunt hess
  fontaine rutherford nyha gcs curb perc heart timi grace chads has-bled kdigo gold`
    .split(/\s+/)
    .filter(Boolean),
);

/** Brand-name drugs and capitalised clinical words that name lexicons also hold (lower case). */
export const CLINICAL_WORDS: ReadonlySet<string> = new Set(
  `lasix keppra coumadin eliquis xarelto lipitor crestor plavix zoloft prozac xanax ativan valium norco tylenol advil motrin aleve
  humira enbrel remicade keytruda opdivo herceptin avastin gleevec januvia jardiance farxiga ozempic trulicity victoza lantus humalog
  novolog synthroid flomax cialis viagra imitrex topamax lamictal depakote seroquel abilify risperdal zyprexa lexapro celexa paxil
  wellbutrin cymbalta effexor lyrica neurontin ultram dilaudid narcan suboxone chantix singulair advair symbicort spiriva ventolin
  proventil flovent nexium prilosec protonix zantac pepcid reglan zofran phenergan benadryl claritin zyrtec allegra flonase medrol
  augmentin keflex cipro levaquin bactrim flagyl zithromax diflucan valtrex tamiflu paxlovid entresto aldactone lopressor toprol
  coreg norvasc cardizem digoxin lovenox heparin warfarin aspirin insulin metformin emergency department hospital clinic medicine
  disease syndrome sign score scale criteria type stage grade class covid sars mers ebola zika dengue hepatitis hiv aids`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words after a name that make it an eponym: "Wells score", "Bell palsy", "Graves' disease". */
export const EPONYM_NOUNS =
  /^(?:['’]s?\s+)?(?:disease|syndrome|sign|score|scores|criteria|scale|test|classification|maneuver|manoeuvre|procedure|fracture|palsy|phenomenon|reflex|triad|law|equation|formula|index|rule|rules|staging|stage|grade|grading|tumou?r|lymphoma|sarcoma|ulcer|operation|catheter|tube|node|nodes|esophagus|oesophagus|thyroiditis|encephalopathy|ataxia|dystrophy|disorder|contracture|hernia|diverticulum|cells?|bodies|body|lines?|position|method|stain|area|aphasia|chorea|ratio|questionnaire|inventory|class|pathway)\b/i;
