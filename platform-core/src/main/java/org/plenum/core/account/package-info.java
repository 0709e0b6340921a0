/**
 * The pages of one's own account, gathered: logging in and out, joining and verifying the address,
 * forgetting and resetting the password, changing it, the profile, sessions and personal API
 * tokens.
 */
package org.plenum.core.account;
