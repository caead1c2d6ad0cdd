/**
 * Time-on-roll weighted progress ("Who's Left", FFT Education Datalab 2018): each pupil's result
 * shared among the schools that taught them, by terms on roll.
 */
@SendStyle
package org.sendfunding.accountability.timeonroll;

import org.sendfunding.model.SendStyle;
