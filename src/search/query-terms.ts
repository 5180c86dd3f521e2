import { isHoldingOfPostAsked, type QuestionShape } from "./answer-type.ts";
import { withAttributionAsSaying } from "./attribution.ts";
import { baseNoun, isVerbAndOthersForm } from "./base-forms.ts";
import { complementsBe } from "./clause-parts.ts";
import { placeAndPeopleForms } from "./demonyms.ts";
import { editDistance } from "./edit-distance.ts";
import type { FieldIndex } from "./field-index.ts";
import type { TermVariant } from "./first-pass.ts";
import { hyphenPrefixesOf } from "./hyphen-prefixes.ts";
import { HONORIFICS } from "./name-mentions.ts";
import { partnerEventsOf } from "./partners.ts";
import { isPlaceholderForPeople } from "./placeholder-people.ts";
import { isInPresentPhrase, isSurelyNoun, makesActNamed, presentVerbReadAsPlural, wordsNotUsedAsNouns, wordsUsedAsVerbs } from "./question-grammar.ts";
import type { QueryTerm, QuestionNeeds } from "./search-types.ts";
import type { SenseFit } from "./sense-fit.ts";
import type { PhrasalVerb, RelatedWord, SenseFitOf, Thesaurus } from "./synonyms.ts";
import type { Meaning, TermMeanings } from "./term-meanings.ts";
import { familySurnames, isPastVerbForm, lemmaOf, otherNumberForm, spansAsUnits, termKey } from "./terms.ts";
import { CAPITALISED, contentWordsOf, normalizeText, isGrammarInPhrase, isAspectBeforeAct, isLightVerb, isSortWordAsked, isLightVerbForm, isMisspeltStopWord, isPrepositionOrConjunction, isStopWord, isTopicPreposition, words } from "./text.ts";
import { asWritten, slipEdits, type HeldWords } from "./typed-words.ts";
import { soundAlike, type Vocabulary } from "./vocabulary.ts";
import { WEIGHTS } from "./weights.ts";
import type { WordVector } from "./word-vectors.ts";
import { isHyphenatedLemma } from "./wordnet.ts";

// A word held by fewer than one sentence in this many is scarce: where a document lacks it, its broader
// words stand for it, as for a word no sentence holds (see termsOf).
const SCARCE_WORD_SENTENCES = 3_000;
/**
 * A knowledge base of this many sentences (a few dozen news articles) says most words news tells
 * anything with: a word none of them holds, in no form of like meaning, is foreign to it, and one
 * word a sentence shares with a question is there by chance.
 */
export const MANY_TEXTS_SENTENCES = 1_000;
// A variant of this weight or more is a word of the same meaning or family: a synonym, a derived form, a slip.
const KINDRED_VARIANT_WEIGHT = 0.6;
// How many times as often English writes a word said like the one typed, for the typed English word
// to be read as a slip for it: "heart" is seven times as common as "hart", "coast" about as "cast".
const SLIP_TIMES_COMMONER = 5;
// Derived forms compared by their vectors are among this many commonest English words.
const DERIVED_FORMS_WITHIN = 3000;
// "right now", "right after the vote": "right" only stresses the time or place that follows, as
// "just" and "really" (stop words) do.
const INTENSIFIED = new Set(["now", "away", "here", "there", "after", "before"]);

/** The words a question writes with a capital, inside it and with none beside them ("the Gulf state", not "River Lugwen"), in lower case. */
function loneCapitalisedWords(question: string): Set<string> {
  const written = question.match(/[\p{L}'-]+/gu) ?? [];
  // The question's first word has its capital from the sentence.
  const capitalised = (at: number) => at > 0 && CAPITALISED.test(written[at] ?? "");
  return new Set(written.filter((_, at) => capitalised(at) && !capitalised(at - 1) && !capitalised(at + 1)).map((word) => word.toLowerCase()));
}

// Small words a name of several words may hold without giving them an initial ("Bureau of Land Management").
const NAME_JOINERS = new Set(["of", "for", "and", "the"]);

/**
 * The initials each word of a run of capitalised words in a question may stand for, in lower case
 * ("cdc" for "California Democratic Council"): news names a body in full once and then by its
 * initials ("At the head of the CDC is…"). Runs of three capitalised words or more, the question's
 * first word left out (its capital is the sentence's).
 */
function initialsOfNames(question: string): Map<string, string> {
  const written = question.match(/[\p{L}'-]+/gu) ?? [];
  const initials = new Map<string, string>();
  let run: string[] = [];
  const close = () => {
    const named = run.filter((word) => !NAME_JOINERS.has(word.toLowerCase()));
    if (named.length >= MIN_INITIALS) for (const word of named) initials.set(word.toLowerCase(), named.map((part) => part[0]).join("").toLowerCase());
    run = [];
  };
  written.forEach((word, at) => {
    if (at > 0 && CAPITALISED.test(word)) run.push(word);
    else if (run.length > 0 && NAME_JOINERS.has(word) && CAPITALISED.test(written[at + 1] ?? "")) run.push(word);
    else close();
  });
  close();
  return initials;
}

// Fewer initials than this are too often another word or name ("NY", "EU" are the dictionary's).
const MIN_INITIALS = 3;

/** True for "right" before a word of time or place it only stresses. */
function isIntensifier(word: string, next: string | undefined): boolean {
  return word === "right" && next !== undefined && INTENSIFIED.has(next);
}

// A plural the lemma rules may miss: a word ending in one "s" (not "boss", "bus", "basis").
const SHORT_PLURAL = /[^siu]s$/;
/** The weight of a question word's own forms among its variants ("agreed" for "agree"; "hold", a synonym, weighs less). */
export const OWN_FORM_WEIGHT = 1;

/** What reading a question's words needs of the knowledge base's index. */
export interface QueryTermIndex {
  /** The term id of an index key an indexed document uses. */
  termOf(key: string): number | undefined;
  /** The words the texts hold, for reading a slip as the word meant. */
  readonly vocabulary: Vocabulary;
  /** The term id of a word seen, whether or not a document still uses it. */
  termOfWord(word: string): number | undefined;
  readonly heldWords: HeldWords;
  /** The sentence index; a restored knowledge base replaces it, so it is read at each use. */
  sentenceIndex(): FieldIndex;
  /** True when some sentence or paragraph holds the term. */
  holds(term: number): boolean;
  /** The capitalised words written right before a name or its given name, an abbreviation with its full stop ("gov.", "mark"). */
  titlesWrittenBefore(name: string): string[];
}

/**
 * Reads a question's words into index terms: each word with its synonyms, derived forms, broader
 * words and spelling fixes at lower weights, and what it tells of the person or thing asked.
 */
export class QueryTermReading {
  constructor(
    private readonly thesaurus: Thesaurus,
    private readonly meanings: TermMeanings,
    private readonly senseFit: SenseFit,
    private readonly index: QueryTermIndex,
  ) {}

  /** True when a word is a title as a text writes one before a name: a role, no adjective ("Frank") nor given name ("George", "Ruth"). */
  private isTitle(word: string): boolean {
    const lemma = lemmaOf(word);
    return this.thesaurus.namesPersonByRole(lemma) && this.thesaurus.namesPersonInSomeSense(lemma) && !this.thesaurus.isAdjective(word) && !this.thesaurus.namesOnlyPeople(word);
  }

  /**
   * True when a word a text writes before a name is a title other than this one: another role
   * ("senator" for a governor), or an abbreviation not spelling it ("sen." does not, "gov." does:
   * its first letter, then its others in order). A courtesy title ("Mr.", "Dr.") is no other.
   */
  private titlesOtherwise(written: string, title: string): boolean {
    const bare = written.replace(/\.$/, "");
    if (HONORIFICS.has(bare)) return false;
    if (written.endsWith(".")) return !abbreviates(bare, title);
    return lemmaOf(bare) !== title && this.isTitle(bare);
  }

  /** The question's words as index terms, with synonyms and spelling fixes at lower weights. */
  termsOf(question: string, shape: QuestionShape, typedAs: ReadonlyMap<string, string>, deed: QuestionNeeds["deedAsked"]): QueryTerm[] {
    const seen = new Set<string>();
    const terms: QueryTerm[] = [];
    // "According to Bogdanov" is "Bogdanov said": a quotation of his answers without the word "according".
    const { framingWord, nameWords } = shape;
    const typed = withAttributionAsSaying(asWritten(words(question), this.index.heldWords, this.thesaurus), shape);
    const initials = initialsOfNames(question);
    // Tagged only when a word may name a person by role (see roleTerms) or say something as a noun too.
    let notNouns: Set<string> | undefined;
    let verbs: Set<string> | undefined;
    let partnerEventKeys: Set<string> | undefined;
    let loneNames: Set<string> | undefined;
    const phrases = this.thesaurus.phrasalVerbs(typed);
    const compounds = this.thesaurus.compounds(typed);
    // "keep it going for good": "for good" says for how long, not what is good (see adverbPhraseTerm).
    const adverbPhrases = this.thesaurus.adverbPhrases(typed);
    const inAdverbPhrase = new Set([...adverbPhrases].flatMap(([start, { length }]) => Array.from({ length }, (_, offset) => start + offset)));
    for (const [start, { phrase }] of adverbPhrases) {
      // Its first word is no particle of the verb before it: "going for good" is no "go for".
      const verb = typed[start - 1] ?? "";
      if (phrases.get(verb)?.bound[0] === typed[start]) phrases.delete(verb);
      const term = this.adverbPhraseTerm(phrase);
      if (term) terms.push(term);
    }
    const spans = spansAsUnits(typed);
    // "co-founders" asks about founders ("cofounders" where a text writes it so: see asWritten).
    const boundPrefixes = hyphenPrefixesOf(question, (prefix, word) => this.index.heldWords.inOneSentence(prefix, word));
    // Each word's synonyms' derived forms, offered once every word's own variants are known.
    const synonymForms = new Map<QueryTerm, RelatedWord[]>();
    // The words no sentence holds, judged foreign once every word's variants are known.
    const absentWords: QueryTerm[] = [];
    // "Hamas people", "the union folks": a name or a body says which people (see isPlaceholderForPeople).
    const namesGroup = (word: string) => nameWords.has(word) || this.thesaurus.namesPlaceOrBody(word);
    // The words right after "the", which alone may call a family by its plural ("the Crewes").
    const familyPlurals = new Set(typed.filter((_, at) => typed[at - 1] === "the"));
    // The particle's meaning is the phrase's: "back" in "go back" or "hand back" is no question word of
    // its own, nor "plug" in "pull the plug".
    const particles = new Set<string>();
    for (const phrasal of phrases.values()) {
      for (const word of phrasal.bound) particles.add(word);
      if (!isLightVerb(phrasal.verb)) continue;
      const term = this.lightPhraseTerm(phrasal);
      if (term) terms.push(term);
    }
    for (const word of typed.filter((word, at) => !isStopWord(word) && !inAdverbPhrase.has(at) && !boundPrefixes.has(word) && !isLightVerbForm(word) && !isIntensifier(word, typed[at + 1]) && !isGrammarInPhrase(typed, at) && !isTopicPreposition(typed, at) && !isAspectBeforeAct(typed, at) && !isSortWordAsked(typed, at) && !isHoldingOfPostAsked(typed, at) && !isPlaceholderForPeople(typed, at, namesGroup) && !makesActNamed(typed, at, (lemma) => this.thesaurus.namesAct(lemma)) && !isInPresentPhrase(typed, at))) {
      // The question's slips are respelt already (see asMeant); the spelling candidates go by what was typed.
      const asTyped = typedAs.get(word) ?? word;
      const key = termKey(word);
      const phrase = phrases.get(word)?.phrase;
      if (seen.has(key) || particles.has(word) || (phrase !== undefined && isLightVerb(word))) continue;
      seen.add(key);
      const lemma = this.dictionaryLemma(word, nameWords);
      const pastForm = isPastVerbForm(word);
      const inDictionary = this.thesaurus.knows(lemma);
      const own = this.index.termOf(key);
      // "wich", "waht": a slip on a function word, not a name nothing holds.
      if (!inDictionary && (own === undefined || !this.index.holds(own)) && isMisspeltStopWord(word)) continue;
      // "were any doctors among the passengers": a preposition or a conjunction no text holds is
      // grammar the text says the same without ("two of the passengers were doctors"), and no slip.
      if (!inDictionary && (own === undefined || !this.index.holds(own)) && isPrepositionOrConjunction(word)) continue;
      const variants: TermVariant[] = [];
      // A light verb is no other word's synonym: "make" is "build" or "name" only through its object.
      const offer = (candidate: string, weight: number) => {
        if (candidate === word || !isLightVerb(candidate)) this.offerVariant(variants, candidate, weight, candidate !== word);
      };
      // A phrase WordNet lacks ("hand back") is read by its kin, and may be no phrase: the verb keeps its weight.
      offer(word, phrase === undefined || !this.thesaurus.knows(phrase) ? 1 : WEIGHTS.phrasalVerbAlone);
      const abbreviation = initials.get(word);
      // Not initials that spell a word of other meanings ("tea" of the Texas Education Agency).
      if (abbreviation !== undefined && (!this.thesaurus.knows(abbreviation) || this.thesaurus.namesOrganization(abbreviation))) offer(abbreviation, WEIGHTS.initials);
      // The same phrasal verb in the text ("broke away") ranks above its verb alone ("broke the record"),
      // but covers no more: a sentence that only repeats the question's words need not answer it.
      if (phrase !== undefined) offer(phrase, WEIGHTS.phrasalVerbAlone);
      // "How much did the Crewes pay?" asks about Martin and Hazel Crewe. A family takes "the": a
      // plural name without it is a surname of its own ("what did Williams say?" is not Prince William).
      if (familyPlurals.has(word) && (nameWords.has(word) || (!inDictionary && !isPrepositionOrConjunction(word)))) for (const surname of familySurnames(word)) offer(surname, 1);
      // A word of a name the dictionary knows whole ("New York", "World Cup") means what the name does
      // (see the compound's synonyms below), not what it means alone: "new" is no "young" there.
      const inKnownName = nameWords.has(word) && compounds.has(word);
      // "the capital of Australia" means the noun's senses, not the adjective's "primary"; "the first of
      // the meetings" keeps the adjective's, which are the word's usual ones.
      const asNoun = isSurelyNoun(typed, typed.indexOf(word)) && !this.thesaurus.mostlyAdjective(lemma);
      if (!inKnownName) {
        const fitOf = this.senseFitIn(typed, word);
        // Its kinds rarer in English than the commonest count too, as the knowledge base holds them (see offerVariant).
        for (const related of [...this.thesaurus.related(lemma, pastForm, fitOf, asNoun), ...this.thesaurus.rarerKinds(lemma, pastForm, fitOf, asNoun)]) offer(related.word, related.weight);
        // A verb's form the dictionary also lists as a noun, used as one, means what the noun does too,
        // by its synonyms meant so themselves: "the ground" is land, not ground corn; "the screening" a
        // showing; "the hearing" no audience (see nounSynonymsInUsedSenses). Not a plural listed so
        // ("talks", "years"): most often it is the singular's plural, whose senses are read already.
        // Nor a word of a name ("the Ground Truth project"), which means no land.
        if (lemma !== word && !nameWords.has(word) && baseNoun(word) !== lemma && this.thesaurus.isNoun(word) && !(verbs ??= wordsUsedAsVerbs(question)).has(word)) {
          for (const related of this.thesaurus.nounSynonymsInUsedSenses(word)) offer(related.word, related.weight);
        }
      }
      // "Which Hamas leader lives in Qatar?": the lemma read is the plural's ("life"); the verb's words count too.
      const presentVerb = presentVerbReadAsPlural(question, typed, typed.indexOf(word), (before) => nameWords.has(before) || (before !== "" && !isStopWord(before) && !this.thesaurus.knows(lemmaOf(before))));
      if (presentVerb !== undefined) for (const related of [{ word: presentVerb, weight: 1 }, ...this.thesaurus.related(presentVerb)]) offer(related.word, related.weight);
      if (key === deed?.deedKey) for (const related of this.thesaurus.synonymsInSensesWith(lemma, deed.subjectKey)) offer(related.word, related.weight);
      // A name (written with a capital, or no dictionary word) may be a place a text names by its people, or the reverse:
      // "the Karsovan opposition leader" of a text that says "Karsova" (see placeAndPeopleForms).
      if (nameWords.has(word) || !inDictionary) {
        for (const form of placeAndPeopleForms(word)) if (!this.thesaurus.knows(form) || this.thesaurus.isOnlyAName(form)) offer(form, WEIGHTS.placeOrPeople);
      }
      const numberForm = otherNumberForm(word);
      if (numberForm !== undefined) offer(numberForm, WEIGHTS.numberForm);
      const span = spans.get(word);
      if (span !== undefined) offer(span, WEIGHTS.numberForm);
      const within = phrases.get(word)?.within;
      if (phrase !== undefined) for (const related of [...this.thesaurus.related(phrase), ...this.thesaurus.kindredPhraseWords(phrase), ...(within === undefined ? [] : this.thesaurus.related(within))]) offer(related.word, related.weight);
      // "Russian capital" is Moscow: each word of a compound stands for what the compound does, and
      // for its related words as a word's are ("halfback" for "football team").
      const compound = compounds.get(word);
      if (compound !== undefined) for (const synonym of this.thesaurus.related(compound)) offer(synonym.word, synonym.weight);
      // So may a word written as a name alone ("the Gulf state"), but not one of a name's words ("the Old Forge").
      if (!nameWords.has(word) || (inDictionary && !this.thesaurus.isOnlyAName(lemma) && (loneNames ??= loneCapitalisedWords(question)).has(word))) {
        const owner = this.ownerNamed(typed, typed.indexOf(word), nameWords);
        // A person described by the question's name too ("Putin" for "the Russian president") is surely the
        // one meant; a place less so ("the capital of Australia" describes Sydney, a state's capital, too).
        for (const { name, isPerson } of this.namesDescribedBy(lemma, typed, owner)) offer(name, owner !== undefined && isPerson ? WEIGHTS.describedByName : WEIGHTS.describedInstance);
      }
      const vector = this.meanings.meaningOf(word);
      // A word the dictionary lacks is a name ("marzook"), unless it is a preposition or a conjunction
      // ("among", "via", "unless"), which WordNet, a dictionary of nouns, verbs, adjectives and adverbs, does not list.
      const isName = nameWords.has(word) || (!inDictionary && !isPrepositionOrConjunction(word)) || /\d/.test(word);
      const isAbsent = own === undefined || this.index.sentenceIndex().documentFrequency(own) === 0;
      // A word no sentence uses is often a narrower word for what the text says more broadly
      // ("swiped" for "stolen", "envoys" for "representatives"), or a synonym of another form of
      // it ("confirmed" for "verified": a confirmation is a verification). Such loose words let any
      // sentence match a word the text does use, but for an absent word the alternative is a refusal.
      if (isAbsent && !isName) {
        // A noun's own derived words are kept whatever its senses ("visitor" for "visits").
        const loose = [...this.thesaurus.broader(lemma, pastForm, asNoun), ...this.thesaurus.derivedSynonyms(lemma, pastForm)];
        for (const related of loose) offer(related.word, related.weight);
      }
      // Among many documents nearly every word is in one of them, while the article asked about may
      // still say it in other words: where a document never uses the word, the synonyms of its
      // derived forms stand for it there too, and so do its broader words when hardly any sentence
      // holds it ("envoys" in a few of a thousand stories says nothing of the article that calls them
      // "representatives"). Broader words stay for such words alone: a wider word is true of too much
      // to stand for a word many texts say as asked.
      const isScarce = own !== undefined && this.index.sentenceIndex().documentFrequency(own) * SCARCE_WORD_SENTENCES < this.index.sentenceIndex().unitCount;
      const variantsWhereAbsent = isAbsent || isName ? variants : this.widenedWhereAbsent(variants, lemma, pastForm, asNoun, isScarce);
      // A word the knowledge base does not hold may be a misspelling: of anything when it is not a
      // common English word ("wether" for "weather"), else of a name ("Baptist" for "Baptiste").
      if (isAbsent) {
        const isPresent = (known: string) => {
          const id = this.index.termOfWord(known);
          if (id === undefined || this.index.sentenceIndex().documentFrequency(id) === 0) return false;
          // What was typed is no English word when it was respelt: a word of any kind may be meant.
          return word !== asTyped || vector === undefined || !this.thesaurus.knows(lemmaOf(known)) || this.isDroppedLetterSlip(asTyped, known);
        };
        // A respelling may be wrong: the words spelled like what was typed still count ("buro" is "euro" or "bureau").
        // A word English has, written with a capital ("the Moon"), is that word, not a name spelled far off.
        const writtenAsName = nameWords.has(word) && !(inDictionary && vector !== undefined && !this.thesaurus.isOnlyAName(lemma));
        const edits = slipEdits(writtenAsName, word === asTyped && vector !== undefined);
        for (const candidate of this.index.vocabulary.candidates(asTyped, isPresent)) {
          // A name spelt as it sounds ("Marzuk" for Marzook) is the name said, however many letters differ.
          const closeness = candidate.soundsAlike && !inDictionary ? 1 : candidate.closeness;
          if (editDistance(asTyped, candidate.word) <= edits) offer(candidate.word, WEIGHTS.spelling * closeness);
        }
      }
      // A word no sentence holds gets the highest rarity: the question needs it and nothing has it.
      const importance = this.index.sentenceIndex().idf(own) * (word === framingWord ? WEIGHTS.framing : 1);
      // "Governor Hatfield" of a text saying "Gov. Mark Hatfield": a title no sentence holds, before a
      // name one does, adds nothing to the name, and tells no name the text lacks; unless the text
      // gives the name another title ("Sen. Ruth Albright" is no Governor Albright).
      const nextWord = typed[typed.indexOf(word) + 1];
      const titlesHeldName =
        variants.length === 0 && nextWord !== undefined && nameWords.has(nextWord) && this.isTitle(word) && this.index.holds(this.index.termOf(termKey(nextWord)) ?? -1) &&
        !this.index.titlesWrittenBefore(nextWord).some((written) => this.titlesOtherwise(written, lemma));
      if (titlesHeldName) continue;
      const isUnknownName = nameWords.has(word) && variants.length === 0;
      const isCommon = !isName && this.meanings.isCommon(word);
      // "extra" is first a film extra to the dictionary, but "how many extra trucks" asks about no person.
      const isNotNoun = (text: string) => (notNouns ??= wordsNotUsedAsNouns(question)).has(text);
      // "were they buddies?" says what they are: no person the article must mention.
      const roleTerms = complementsBe(typed, typed.indexOf(word)) ? undefined : this.roleTerms(word, lemma, isName, variants, () => isNotNoun(asTyped));
      const roleObject = roleTerms === undefined || !this.thesaurus.namesDoer(lemma) ? undefined : this.roleObject(typed, word, terms, isNotNoun);
      const meanings = vector === undefined || isName ? [] : [{ vector, weight: 1 }, ...this.derivedMeanings(lemma, pastForm, vector)];
      // "What did the coach blame for the defeat?": a word that is a noun too ("blame", "caution",
      // "promise") is a verb of saying or thinking where the question uses it as one. Not of feeling:
      // "felt sleepy", "wants to race" ask the feeling itself, which a sentence must tell.
      const saysAsVerb = () => !this.thesaurus.reportsFeeling(lemma) && (verbs ??= wordsUsedAsVerbs(question)).has(word);
      // "Did Darwish quarrel with Lavrov?": a verb told with a partner asks the event between the two,
      // which someone else's "said" does not tell (see partnerCover).
      const toldWithPartner = () => (partnerEventKeys ??= new Set(partnerEventsOf(normalizeText(question)).map((event) => event.key))).has(key);
      const tellsSpeechOrThought = !isName && (this.thesaurus.isVerbOfSpeechOrThought(lemma) || (this.thesaurus.reportsSpeechOrThought(lemma) && saysAsVerb())) && !toldWithPartner();
      const isRareAdverb = !isName && !isCommon && this.thesaurus.isOnlyAdverb(lemma);
      const term: QueryTerm = { key, importance, variants, variantsWhereAbsent, own: isAbsent ? undefined : own, meanings, isName, isUnknownName, isFraming: word === framingWord, isCommon, tellsSpeechOrThought, isRareAdverb, tellsOccurrence: false, isForeign: false, roleTerms, roleObject };
      terms.push(term);
      if (isAbsent) absentWords.push(term);
      if (!isName) synonymForms.set(term, [...this.thesaurus.synonymForms(lemma, pastForm, asNoun), ...(phrase === undefined ? [] : this.thesaurus.synonymForms(phrase))]);
    }
    this.offerSynonymForms(terms, synonymForms);
    // Among a few articles a word none holds may be the asker's own for what they tell; among many,
    // one that no sentence holds in any form of like meaning is most often about something else.
    if (this.index.sentenceIndex().unitCount >= MANY_TEXTS_SENTENCES) {
      for (const term of absentWords) term.isForeign = term.variants.every((variant) => variant.weight < KINDRED_VARIANT_WEIGHT);
    }
    // "Who makes the polypill?" asks who produces it; "who made you?" asks about nothing the text tells.
    const lightVerbs = new Set(typed.filter(isLightVerb).map(termKey));
    return terms.every((term) => lightVerbs.has(term.key)) ? [] : terms;
  }

  /**
   * True when an English word typed may be another with a letter left out, said alike and written far
   * more often: "hart" for "heart", "manger" for "manager", "herd" for "heard". Not a word about as
   * common ("cast" for "coast"), nor one with a letter changed ("jabs" is no slip for "jobs").
   */
  private isDroppedLetterSlip(typed: string, known: string): boolean {
    return known.length === typed.length + 1 && editDistance(typed, known) === 1 && soundAlike(typed, known) && this.meanings.timesCommoner(known, typed) >= SLIP_TIMES_COMMONER;
  }

  /**
   * The names the texts hold that the dictionary describes with a question word: "the Russian
   * president" may be the "Vladimir Putin" a text names (see Thesaurus.instancesDescribedBy). Not a
   * name the question says itself, which would count twice, nor a person's surname where no text
   * gives the full name: a custodian called Ortega is no Nicaraguan statesman.
   */
  private namesDescribedBy(lemma: string, questionWords: readonly string[], owner: string | undefined): { name: string; isPerson: boolean }[] {
    const held = this.index.heldWords;
    // "The capital of Australia" is the one the dictionary describes as Australia's, not Bangkok.
    const owners = owner === undefined ? undefined : new Set(this.thesaurus.instancesDescribedBy(lemmaOf(owner)).map(({ name }) => name));
    // The cheap checks first: a full name is looked for in one sentence only when each of its words is held.
    return this.thesaurus
      .instancesDescribedBy(lemma)
      .filter(({ name }) => owners === undefined || owners.has(name))
      .filter(({ name, fullNames }) => !questionWords.includes(name) && held.isHeld(name) && this.thesaurus.isOnlyAName(name) && (fullNames.length === 0 || fullNames.some((full) => full.every((part) => held.isHeld(part)))))
      .filter(({ name, fullNames }) => fullNames.length === 0 || fullNames.some((full) => full.every((part) => part === name || held.inOneSentence(part, name))))
      .map(({ name, fullNames }) => ({ name, isPerson: fullNames.length > 0 }));
  }

  /**
   * The name a question word is said to be of or in ("Australia" in "the capital of Australia", "the
   * largest city in Texas"), a "the" before it skipped, or that stands right before it ("the Russian
   * president").
   */
  private ownerNamed(typed: readonly string[], at: number, nameWords: ReadonlySet<string>): string | undefined {
    const isName = (word: string | undefined): word is string => word !== undefined && (nameWords.has(word) || this.thesaurus.isOnlyAName(word));
    const before = typed[at - 1];
    if (isName(before)) return before;
    if (typed[at + 1] !== "of" && typed[at + 1] !== "in") return undefined;
    const owner = typed[at + 2] === "the" ? typed[at + 3] : typed[at + 2];
    return isName(owner) ? owner : undefined;
  }

  /**
   * How well each sense of a question word fits the question's other content words (see SenseFit);
   * none when no other word has a vector.
   */
  private senseFitIn(questionWords: readonly string[], word: string): SenseFitOf | undefined {
    const context = this.senseFit.centroidOf(contentWordsOf(questionWords).filter((other) => other !== word && !this.meanings.isCommon(other)));
    return context === undefined ? undefined : (synset, pos, offset) => this.senseFit.fit(context, synset, pos, offset);
  }

  /**
   * Offers each question word its synonyms' derived forms ("founder" for "established"), but not a
   * word another question word stands for by a closer link: "provision" (for "supplies") is not also
   * the "catering" of "which catering company supplies the breakfasts?".
   */
  private offerSynonymForms(terms: readonly QueryTerm[], synonymForms: ReadonlyMap<QueryTerm, RelatedWord[]>): void {
    const standsFor = new Map(terms.map((term) => [term, new Set(term.variants.map((variant) => variant.term))]));
    const standsForOther = (term: QueryTerm, id: number | undefined) => terms.some((other) => other !== term && standsFor.get(other)?.has(id ?? -1));
    for (const [term, forms] of synonymForms) {
      for (const form of forms) {
        // A light verb is no other word's synonym (see termsOf).
        if (isLightVerb(form.word) || standsForOther(term, this.index.termOf(termKey(form.word)))) continue;
        this.offerVariant(term.variants, form.word, form.weight);
        if (term.variantsWhereAbsent !== term.variants) this.offerVariant(term.variantsWhereAbsent, form.word, form.weight);
      }
    }
  }

  /**
   * A question word's lemma as the dictionary has it: the lemma rules leave some short plurals as
   * they are ("ads", "cds", "vids"), which the dictionary does not know, and a word it does not
   * know reads as a name; the singular it knows ("ad") is the word. Not of a word written in
   * capitals ("NHS", "UPS": a name), nor a function word ("ups" is no "up"), nor of a word the texts
   * hold as typed and never as that singular ("nhs", "ios" typed in lower case: "NH" and "io" are
   * other things). Not of every word a text holds: among many documents one says "ads" somewhere.
   */
  private dictionaryLemma(word: string, nameWords: ReadonlySet<string>): string {
    const lemma = lemmaOf(word);
    // A name the dictionary knows only as a name, as written, is that name ("Mars", "Wales"), not a plural ("mar" is March).
    if (nameWords.has(word) && lemma !== word && this.thesaurus.isOnlyAName(word)) return word;
    if (this.thesaurus.knows(lemma) || !SHORT_PLURAL.test(word) || nameWords.has(word)) return lemma;
    const singular = word.slice(0, -1);
    if (!this.thesaurus.knows(singular) || isStopWord(singular) || (this.index.heldWords.isHeld(word) && !this.index.heldWords.isHeld(singular))) return lemma;
    return singular;
  }

  /** The terms that say a question word's kind of person (see QueryTerm.roleTerms), if it names one. */
  private roleTerms(word: string, lemma: string, isName: boolean, variants: readonly TermVariant[], notANoun: () => boolean): number[] | undefined {
    // "hosted", "hosting" are a verb's forms, whatever the noun's first sense; nor is a word the
    // question uses as an adjective or a verb a person ("extra trucks", "cook rice").
    if (isName || isPastVerbForm(word) || word.endsWith("ing") || !this.thesaurus.namesPersonByRole(lemma) || notANoun()) return undefined;
    const broader: TermVariant[] = [];
    for (const kind of this.thesaurus.broaderPersons(lemma)) this.offerVariant(broader, kind, 1);
    return [...variants, ...broader].map((variant) => variant.term);
  }

  /** The index key of the noun just before a role noun in the question, its object (see QueryTerm.roleObject), if any. */
  private roleObject(typed: readonly string[], word: string, terms: readonly QueryTerm[], isNotNoun: (text: string) => boolean): string | undefined {
    const before = typed[typed.indexOf(word) - 1];
    if (before === undefined || isStopWord(before) || isNotNoun(before)) return undefined;
    const term = terms.at(-1);
    return term !== undefined && term.key === termKey(before) && !term.isName && term.roleTerms === undefined ? term.key : undefined;
  }

  /**
   * A light verb's phrase ("went down", "come across") as one question word: the verb alone means
   * little ("go"), the phrase its synonyms ("sink", "discover"). None when nothing holds them.
   */
  private lightPhraseTerm(phrasal: PhrasalVerb): QueryTerm | undefined {
    const variants: TermVariant[] = [];
    // The phrase as a text says it ("the fair will go ahead"; see Thesaurus.multiWordLemmas).
    this.offerVariant(variants, phrasal.phrase, 1);
    for (const phrase of phrasal.within === undefined ? [phrasal.phrase] : [phrasal.phrase, phrasal.within]) {
      for (const related of this.thesaurus.related(phrase)) this.offerVariant(variants, related.word, related.weight);
    }
    if (variants.length === 0) return undefined;
    // As rare as its commonest wording: the phrase is no rarer than the words that say it.
    const importance = WEIGHTS.lightPhrase * Math.min(...variants.map((variant) => variant.idf));
    const tellsOccurrence = this.thesaurus.meansStopWord(phrasal.phrase);
    return { key: phrasal.phrase, importance, variants, variantsWhereAbsent: variants, own: undefined, meanings: [], isName: false, isUnknownName: false, isFraming: false, isCommon: false, tellsSpeechOrThought: false, isRareAdverb: false, tellsOccurrence, isForeign: false, roleTerms: undefined, roleObject: undefined };
  }

  /**
   * The term of an adverb of several words ("for good", "by hand"; see Thesaurus.adverbPhrases): the
   * phrase as written (see Thesaurus.multiWordLemmas) and its one-word synonyms ("permanently",
   * "manually"). Held as written, it is a topic of the question as rare as the phrase ("on board");
   * held only in one word, at half weight, as rare as its commonest wording, and half covered by any
   * sentence, as a one-word adverb is, since an answer often leaves it unsaid. None when the knowledge
   * base holds neither: the phrase is then grammar.
   */
  private adverbPhraseTerm(phrase: string): QueryTerm | undefined {
    const variants: TermVariant[] = [];
    this.offerVariant(variants, phrase, 1);
    const asWritten = variants[0];
    for (const related of this.thesaurus.related(phrase)) if (!related.word.includes("_")) this.offerVariant(variants, related.word, related.weight);
    if (variants.length === 0) return undefined;
    const importance = asWritten?.idf ?? WEIGHTS.lightPhrase * Math.min(...variants.map((variant) => variant.idf));
    return { key: phrase, importance, variants, variantsWhereAbsent: variants, own: undefined, meanings: [], isName: false, isUnknownName: false, isFraming: false, isCommon: false, tellsSpeechOrThought: false, isRareAdverb: asWritten === undefined, tellsOccurrence: false, isForeign: false, roleTerms: undefined, roleObject: undefined };
  }

  /** The vectors of a word's derived forms ("expansion" for "expand"), each at the weight of one step away. */
  private derivedMeanings(lemma: string, pastForm: boolean, own: WordVector): Meaning[] {
    const kept: Meaning[] = [];
    for (const form of this.thesaurus.derivedForms(lemma, pastForm)) {
      const vector = this.meanings.meaningOf(form);
      // A form as close as the word itself ("negotiation" to "negotiate") adds no meaning, and a rare
      // one ("expansible", "negotiant") little: both only cost comparisons with every candidate's words.
      if (vector && this.meanings.isFrequent(form, DERIVED_FORMS_WITHIN) && [own, ...kept.map((meaning) => meaning.vector)].every((known) => !this.meanings.sameMeaning(known, vector))) {
        kept.push({ vector, weight: WEIGHTS.derivedMeaning });
      }
    }
    return kept;
  }

  /**
   * The variants with the synonyms of the word's derived forms ("verify" for "confirm"), and its
   * broader words when it is scarce, or the same list when they add nothing (see
   * QueryTerm.variantsWhereAbsent).
   */
  private widenedWhereAbsent(variants: TermVariant[], lemma: string, pastForm: boolean, asNoun: boolean, isScarce: boolean): TermVariant[] {
    const widened = variants.map((variant) => ({ ...variant }));
    const related = [...this.thesaurus.derivedSynonyms(lemma, pastForm), ...(isScarce ? this.thesaurus.broader(lemma, pastForm, asNoun) : [])];
    for (const { word, weight } of related) {
      if (!isLightVerb(word)) this.offerVariant(widened, word, weight);
    }
    const adds = widened.length > variants.length || widened.some((variant, at) => variant.weight !== variants[at]?.weight);
    return adds ? widened : variants;
  }

  /**
   * The index keys a word offered for a question word stands for. A noun in "-ing" is its own
   * plural's key ("bookings" → "booking") but is read as a verb form alone ("booking" → "book"): a
   * dictionary word offered stands for both. A dictionary word that is a verb of its own and another's
   * irregular form stands for the text's bare word, keyed as the other verb's, only where it is mostly
   * itself: "ground" offered for "land" is the text's "ground", but "found" offered for "set up" is no
   * text's "found" (of "find").
   */
  private keysOffered(word: string, fromDictionary: boolean): string[] {
    const key = termKey(word);
    if (key === word) return [key];
    if (word.endsWith("ing")) return [key, word];
    return !fromDictionary || !isVerbAndOthersForm(word) || this.thesaurus.isMostlyItself(word, key) ? [key] : [];
  }

  /** Adds an index term that may stand for a question word, if something holds it; a repeat keeps its best weight. */
  private offerVariant(variants: TermVariant[], word: string, weight: number, fromDictionary = true): void {
    const candidates = this.keysOffered(word, fromDictionary);
    // A word the dictionary writes with a hyphen stands for the text's word written whole too ("co-worker": "coworkers").
    if (isHyphenatedLemma(word)) candidates.push(termKey(word.replaceAll("-", "")));
    for (const candidate of candidates) {
      const term = this.index.termOf(candidate);
      if (term === undefined || !this.index.holds(term)) continue;
      const known = variants.find((variant) => variant.term === term);
      if (known) known.weight = Math.max(known.weight, weight);
      else variants.push({ term, weight, idf: this.index.sentenceIndex().idf(term) });
    }
  }
}

/** True when a word abbreviates another: its first letter, then the rest of its letters in order ("cllr" of "councillor"). */
function abbreviates(short: string, word: string): boolean {
  if (short[0] !== word[0]) return false;
  let at = 0;
  for (const letter of short) {
    at = word.indexOf(letter, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}
