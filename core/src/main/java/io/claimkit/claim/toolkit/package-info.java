/**
 * The rule toolkit: the helpers ClaimKit's built-in rules are written on, public so that a rule of one's own
 * stands on the same ground. All work on part-of-speech tags (Penn Treebank) and lemmas, so rules written on
 * them work on every backend; indices are token indices within one sentence, ends exclusive, and every span is
 * an offset range of the raw text.
 *
 * <ul>
 *   <li>{@link io.claimkit.claim.toolkit.Tokens}: what one token is (noun, modifier, finite verb, quote, ...);
 *   <li>{@link io.claimkit.claim.toolkit.TokenRange}: a run of tokens and the raw-text span it covers;
 *   <li>{@link io.claimkit.claim.toolkit.NounPhrases}: noun-phrase chunks before and after a position;
 *   <li>{@link io.claimkit.claim.toolkit.VerbGroups}: a verb with its auxiliaries, adverbs and negations;
 *   <li>{@link io.claimkit.claim.toolkit.Speakers}: the subject of a verb group, with its appositive;
 *   <li>{@link io.claimkit.claim.toolkit.Clauses}: where a clause of reported content ends;
 *   <li>{@link io.claimkit.claim.toolkit.Quotes}: quotations in the raw text, over sentences.
 * </ul>
 *
 * <p>For example, the subject and the object of every past-tense verb of a sentence:
 *
 * <pre>{@code
 * for (int i = 0; i < sentence.size(); i++) {
 *   if (sentence.token(i).pos().equals("VBD")) {
 *     int group = VerbGroups.start(sentence, i, 0);
 *     Optional<TokenRange> subject = Speakers.subjectBefore(sentence, group, GrammarWords.pronouns());
 *     int objectEnd = NounPhrases.end(sentence, i + 1, sentence.size());
 *   }
 * }
 * }</pre>
 *
 * <p>The word lists these read are {@link io.claimkit.lexicon.GrammarWords}.
 */
package io.claimkit.claim.toolkit;
