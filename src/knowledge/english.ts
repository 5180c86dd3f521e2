import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * wink-nlp with its English model, loaded once per process (about 0.15 s): sentence boundaries
 * for splitting documents, parts of speech for reading questions.
 */
export const english = winkNLP(model, ["sbd", "pos"]);
