/**
 * Progress and inclusion measures that count every pupil.
 */
package org.sendfunding.accountability;
