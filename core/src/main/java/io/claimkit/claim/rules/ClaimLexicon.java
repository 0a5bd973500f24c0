package io.claimkit.claim.rules;

import io.claimkit.claim.CueKind;
import io.claimkit.lexicon.WordList;
import java.util.Locale;
import java.util.Objects;

/**
 * The word lists the built-in claim rules read: reporting verbs with the kind of source each reports,
 * speaker pronouns, verbs that are not events, collective actors, document nouns and the nouns that name a
 * proposition. {@link #defaults()} reads them from the resources beside this class; a user extends one with
 * {@link #withReportingCues(WordList)} and its kin.
 *
 * @param reportingCues     reporting verbs by lemma, flagged with their {@link CueKind} ("say	speech") and
 *                          {@value #NOUN_PHRASE_CONTENT} when a noun phrase may be their content
 * @param speakerPronouns   pronouns that may be a speaker, resolved to a name of the document
 * @param eventExcludedVerbs verbs, by lemma, that never make an event claim
 * @param actorInstitutions institution nouns that act for a named place or people ("parliament")
 * @param documentNouns     nouns for texts that speak for their author ("statement", "report")
 * @param propositionNouns  nouns that name a proposition ("allegation", "claim"), so that a noun phrase they
 *                          head can be reported content
 */
public record ClaimLexicon(
    WordList reportingCues,
    WordList speakerPronouns,
    WordList eventExcludedVerbs,
    WordList actorInstitutions,
    WordList documentNouns,
    WordList propositionNouns) {

  /** The flag a reporting verb carries when it may take a plain noun phrase as its content. */
  public static final String NOUN_PHRASE_CONTENT = "np";

  private static final ClaimLexicon DEFAULTS =
      new ClaimLexicon(
          WordList.resource(ClaimLexicon.class, "reporting-cues.txt"),
          WordList.resource(ClaimLexicon.class, "speaker-pronouns.txt"),
          WordList.resource(ClaimLexicon.class, "event-excluded-verbs.txt"),
          WordList.resource(ClaimLexicon.class, "actor-institutions.txt"),
          WordList.resource(ClaimLexicon.class, "document-nouns.txt"),
          WordList.resource(ClaimLexicon.class, "proposition-nouns.txt"));

  public ClaimLexicon {
    Objects.requireNonNull(reportingCues, "reportingCues");
    Objects.requireNonNull(speakerPronouns, "speakerPronouns");
    Objects.requireNonNull(eventExcludedVerbs, "eventExcludedVerbs");
    Objects.requireNonNull(actorInstitutions, "actorInstitutions");
    Objects.requireNonNull(documentNouns, "documentNouns");
    Objects.requireNonNull(propositionNouns, "propositionNouns");
  }

  /** A lexicon with the default proposition nouns. */
  public ClaimLexicon(
      WordList reportingCues,
      WordList speakerPronouns,
      WordList eventExcludedVerbs,
      WordList actorInstitutions,
      WordList documentNouns) {
    this(reportingCues, speakerPronouns, eventExcludedVerbs, actorInstitutions, documentNouns,
        DEFAULTS.propositionNouns);
  }

  public static ClaimLexicon defaults() {
    return DEFAULTS;
  }

  /**
   * This lexicon with more reporting verbs, by lemma ("quip", "boast"), each optionally flagged with its kind
   * ("speech", "belief", "document", "evidence"; speech when none is given) and {@value #NOUN_PHRASE_CONTENT}.
   * To replace the list instead, use the record's constructor.
   */
  public ClaimLexicon withReportingCues(WordList more) {
    return new ClaimLexicon(reportingCues.plus(more), speakerPronouns, eventExcludedVerbs, actorInstitutions,
        documentNouns, propositionNouns);
  }

  /** This lexicon with more pronouns a speaker may be ("he", "they"), resolved to a name in the document. */
  public ClaimLexicon withSpeakerPronouns(WordList more) {
    return new ClaimLexicon(reportingCues, speakerPronouns.plus(more), eventExcludedVerbs, actorInstitutions,
        documentNouns, propositionNouns);
  }

  /** This lexicon with more verbs, by lemma, that never make an event claim ("seem", "remain"). */
  public ClaimLexicon withEventExcludedVerbs(WordList more) {
    return new ClaimLexicon(reportingCues, speakerPronouns, eventExcludedVerbs.plus(more), actorInstitutions,
        documentNouns, propositionNouns);
  }

  /** This lexicon with more institution nouns that act for a named place or people ("parliament", "junta"). */
  public ClaimLexicon withActorInstitutions(WordList more) {
    return new ClaimLexicon(reportingCues, speakerPronouns, eventExcludedVerbs, actorInstitutions.plus(more),
        documentNouns, propositionNouns);
  }

  /** This lexicon with more nouns for documents that "say" things ("statement", "report"). */
  public ClaimLexicon withDocumentNouns(WordList more) {
    return new ClaimLexicon(reportingCues, speakerPronouns, eventExcludedVerbs, actorInstitutions,
        documentNouns.plus(more), propositionNouns);
  }

  /** This lexicon with more nouns that name a proposition ("allegation", "rumour"). */
  public ClaimLexicon withPropositionNouns(WordList more) {
    return new ClaimLexicon(reportingCues, speakerPronouns, eventExcludedVerbs, actorInstitutions,
        documentNouns, propositionNouns.plus(more));
  }

  public boolean isReportingVerb(String lemma) {
    return reportingCues.contains(lemma);
  }

  /** The flag a reporting verb carries when its content may be a question: "asked whether ...". */
  public static final String QUESTION_CONTENT = "wh";

  /** Whether a reporting verb may report a question: "asked whether ...", "explained how ...". */
  public boolean takesQuestionContent(String lemma) {
    return reportingCues.hasFlag(lemma, QUESTION_CONTENT);
  }

  /** Whether a reporting verb may take a noun phrase headed by a proposition noun: "denied the allegations". */
  public boolean takesNounPhraseContent(String lemma) {
    return reportingCues.hasFlag(lemma, NOUN_PHRASE_CONTENT);
  }

  /** The flag a reporting verb carries when any noun phrase may be its content: "acknowledged the delay". */
  public static final String ANY_NOUN_PHRASE = "any";

  /** Whether any noun phrase may be a reporting verb's content, as for verbs that present it as a fact. */
  public boolean takesAnyNounPhrase(String lemma) {
    return reportingCues.hasFlag(lemma, ANY_NOUN_PHRASE);
  }

  /** The kind of source a reporting verb reports; speech when its entry names none. */
  public CueKind cueKind(String lemma) {
    return cueKindIn(reportingCues, lemma);
  }

  /** The kind a word list's entry names among its flags ("speech", "belief", ...); speech when it names none. */
  static CueKind cueKindIn(WordList list, String word) {
    for (CueKind kind : CueKind.values()) {
      if (list.hasFlag(word, kind.name().toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    return CueKind.SPEECH;
  }
}
