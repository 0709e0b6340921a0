package org.plenum.api.members;

/** What an account's holder is to the organisation. */
public enum MemberStatus {
  /** A full member: takes part and votes. */
  MEMBER,
  /** A supporter: follows and takes part, does not vote. */
  SUPPORTER
}
