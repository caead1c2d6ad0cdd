/**
 * Runnable, tested examples of the SEND funding model: the England report (the main job), a school
 * leader's funding-gap letter, and the helpers the JShell scripts use.
 *
 * <p>This module is not a published API; it shows how to use the library, and its tests run every
 * example and every JShell script.
 */
package org.sendfunding.examples;
