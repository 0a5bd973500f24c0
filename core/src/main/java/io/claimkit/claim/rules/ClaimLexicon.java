package io.claimkit.claim.rules;

import io.claimkit.lexicon.WordList;
import java.util.Objects;

/**
 * The word lists the built-in claim rules read: reporting verbs, speaker pronouns, verbs that are not
 * events, collective actors and document nouns. {@link #defaults()} reads them from the resources beside
 * this class; a user extends one with {@link #withReportingCues(WordList)} and friends.
 */
public record ClaimLexicon(
    WordList reportingCues,
    WordList speakerPronouns,
    WordList eventExcludedVerbs,
    WordList actorInstitutions,
    WordList documentNouns) {

  /** The flag a reporting verb carries when it may take a plain noun phrase as its content. */
  public static final String NOUN_PHRASE_CONTENT = "np";

  private static final ClaimLexicon DEFAULTS =
      new ClaimLexicon(
          WordList.resource(ClaimLexicon.class, "reporting-cues.txt"),
          WordList.resource(ClaimLexicon.class, "speaker-pronouns.txt"),
          WordList.resource(ClaimLexicon.class, "event-excluded-verbs.txt"),
          WordList.resource(ClaimLexicon.class, "actor-institutions.txt"),
          WordList.resource(ClaimLexicon.class, "document-nouns.txt"));

  public ClaimLexicon {
    Objects.requireNonNull(reportingCues, "reportingCues");
    Objects.requireNonNull(speakerPronouns, "speakerPronouns");
    Objects.requireNonNull(eventExcludedVerbs, "eventExcludedVerbs");
    Objects.requireNonNull(actorInstitutions, "actorInstitutions");
    Objects.requireNonNull(documentNouns, "documentNouns");
  }

  public static ClaimLexicon defaults() {
    return DEFAULTS;
  }

  /**
   * This lexicon with more reporting verbs, by lemma ("quip", "boast"); a verb flagged {@value
   * #NOUN_PHRASE_CONTENT} may report a plain noun phrase ("unveiled the plan"). To replace the list instead,
   * use the record's constructor.
   */
  public ClaimLexicon withReportingCues(WordList more) {
    return new ClaimLexicon(
        reportingCues.plus(more), speakerPronouns, eventExcludedVerbs, actorInstitutions, documentNouns);
  }

  /** This lexicon with more pronouns a speaker may be ("he", "they"), resolved to a name in the document. */
  public ClaimLexicon withSpeakerPronouns(WordList more) {
    return new ClaimLexicon(
        reportingCues, speakerPronouns.plus(more), eventExcludedVerbs, actorInstitutions, documentNouns);
  }

  /** This lexicon with more verbs, by lemma, that never make an event claim ("seem", "remain"). */
  public ClaimLexicon withEventExcludedVerbs(WordList more) {
    return new ClaimLexicon(
        reportingCues, speakerPronouns, eventExcludedVerbs.plus(more), actorInstitutions, documentNouns);
  }

  /** This lexicon with more institution nouns that act for a named place or people ("parliament", "junta"). */
  public ClaimLexicon withActorInstitutions(WordList more) {
    return new ClaimLexicon(
        reportingCues, speakerPronouns, eventExcludedVerbs, actorInstitutions.plus(more), documentNouns);
  }

  /** This lexicon with more nouns for documents that "say" things ("statement", "report"). */
  public ClaimLexicon withDocumentNouns(WordList more) {
    return new ClaimLexicon(
        reportingCues, speakerPronouns, eventExcludedVerbs, actorInstitutions, documentNouns.plus(more));
  }

  public boolean isReportingVerb(String lemma) {
    return reportingCues.contains(lemma);
  }

  public boolean takesNounPhraseContent(String lemma) {
    return reportingCues.hasFlag(lemma, NOUN_PHRASE_CONTENT);
  }
}
