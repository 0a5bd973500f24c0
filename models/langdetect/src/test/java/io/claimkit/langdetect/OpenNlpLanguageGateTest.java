package io.claimkit.langdetect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.testing.Seeds;
import io.claimkit.text.Document;
import org.junit.jupiter.api.Test;

class OpenNlpLanguageGateTest {

  static final String GERMAN =
      "Die Bundesregierung hat am Donnerstag angekündigt, die Zahl der im Irak stationierten Soldaten in den "
          + "kommenden Monaten schrittweise zu verringern. Der Verteidigungsminister sagte, die Gespräche mit "
          + "der irakischen Regierung seien konstruktiv verlaufen.";
  static final String FRENCH =
      "Le gouvernement a annoncé jeudi qu'il réduirait progressivement le nombre de soldats déployés en Irak "
          + "au cours des prochains mois. Le ministre de la Défense a déclaré que les discussions avec les "
          + "autorités irakiennes avaient été constructives.";
  static final String SPANISH =
      "El gobierno anunció el jueves que reducirá de forma gradual el número de soldados desplegados en Irak "
          + "durante los próximos meses. El ministro de Defensa afirmó que las conversaciones con las "
          + "autoridades iraquíes habían sido constructivas.";
  static final String RUSSIAN =
      "Правительство в четверг объявило, что в ближайшие месяцы постепенно сократит число военных, "
          + "размещённых в Ираке. Министр обороны заявил, что переговоры с иракскими властями прошли "
          + "конструктивно.";
  static final String CHINESE =
      "政府周四宣布，将在未来几个月内逐步减少驻伊拉克的士兵人数。国防部长表示，与伊拉克当局的会谈富有建设性，"
          + "双方同意成立一个联合委员会，讨论未来的安全合作和部队撤离的时间表。";
  static final String ARABIC =
      "أعلنت الحكومة يوم الخميس أنها ستخفض تدريجيا عدد الجنود المنتشرين في العراق خلال الأشهر المقبلة. "
          + "وقال وزير الدفاع إن المحادثات مع السلطات العراقية كانت بناءة.";
  static final String ENGLISH =
      "The government announced on Thursday that it would gradually reduce the number of soldiers deployed "
          + "in Iraq over the coming months. The defense minister said talks with the Iraqi authorities had "
          + "been constructive.";

  private final OpenNlpLanguageGate gate = OpenNlpLanguageGate.shared();

  @Test
  void rejectsConfidentlyForeignParagraphsNamingTheLanguage() {
    assertThat(gate.judge(GERMAN)).extracting(OpenNlpLanguageGate.Verdict::language, OpenNlpLanguageGate.Verdict::rejected)
        .containsExactly("deu", true);
    assertThat(gate.judge(FRENCH)).extracting(OpenNlpLanguageGate.Verdict::language, OpenNlpLanguageGate.Verdict::rejected)
        .containsExactly("fra", true);
    assertThat(gate.judge(SPANISH)).extracting(OpenNlpLanguageGate.Verdict::language, OpenNlpLanguageGate.Verdict::rejected)
        .containsExactly("spa", true);
    assertThat(gate.judge(RUSSIAN)).extracting(OpenNlpLanguageGate.Verdict::language, OpenNlpLanguageGate.Verdict::rejected)
        .containsExactly("rus", true);
    assertThat(gate.judge(CHINESE)).extracting(OpenNlpLanguageGate.Verdict::language, OpenNlpLanguageGate.Verdict::rejected)
        .containsExactly("cmn", true);
    assertThat(gate.judge(ARABIC)).extracting(OpenNlpLanguageGate.Verdict::language, OpenNlpLanguageGate.Verdict::rejected)
        .containsExactly("ara", true);
  }

  @Test
  void checkThrowsATypedErrorNamingTheDocument() {
    assertThatThrownBy(() -> gate.check(Document.of("de-1", GERMAN)))
        .isInstanceOfSatisfying(ClaimKitException.class, e -> {
          assertThat(e.kind()).isEqualTo(ErrorKind.UNSUPPORTED_LANGUAGE);
          assertThat(e.documentId()).contains("de-1");
          assertThat(e.getMessage()).contains("detected deu (confidence 0.");
        });
  }

  @Test
  void passesEnglish() {
    assertThat(gate.judge(ENGLISH).language()).isEqualTo("eng");
    assertThat(gate.judge(ENGLISH).rejected()).isFalse();
    for (Document seed : Seeds.documents()) {
      assertThatCode(() -> gate.check(seed)).doesNotThrowAnyException();
    }
  }

  @Test
  void passesTextTooShortOrTooPoorToJudge() {
    for (String text : new String[] {
        "", "   \n\t ", "2,500 900 151 70 2003", "US Defense Secretary Considers Reducing Troops",
        "Iraq: Austin", "😀 🎉 👍", "Der Minister", "Wir sind hier."}) {
      assertThat(gate.judge(text).rejected()).as(text).isFalse();
    }
  }

  @Test
  void passesShortEnglishFullOfForeignNames() {
    for (String text : new String[] {
        "Mustafa Salim contributed to this report. This is a developing story.",
        "Hamdullah Mohib met Alireza Mehraban and Rodaba Noori in Herat and Kabul on Friday.",
        "Sabrina Singh, a spokesperson for the Pentagon, spoke in Baghdad."}) {
      assertThat(gate.judge(text).rejected()).as(text).isFalse();
    }
  }

  @Test
  void passesEnglishArticleQuotingAForeignSentence() {
    String mixed = ENGLISH + " A sign read \"Nous sommes tous ensemble\", and " + ENGLISH;
    assertThat(gate.judge(mixed).rejected()).isFalse();
  }
}
