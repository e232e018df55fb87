// Contract slice: how a name the caller may not read crosses the boundary. A confidential person's
// name reaches staff only on cases granted to them (db/features/common/visibility.ts); otherwise the
// name fields are empty and this code stands in, which screens word as "Confidential (code)".
/** On records that carry a person's name as `personName`. */
export interface PersonNameWithheld {
  /**
   * Set when the name is withheld: personName is then '' and screens show "Confidential (code)".
   * The code is the same for this person on every screen and for every user.
   */
  personNameWithheld?: string;
}
