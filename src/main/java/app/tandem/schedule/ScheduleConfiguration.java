package app.tandem.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * One Quartz job on every instance, looking for due schedules every {@code tandem.schedule.tick}. Instances
 * coordinate through claims in the store, not through Quartz.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	@Bean
	JobDetail dueSchedulesJob() {
		return JobBuilder.newJob(DueSchedulesJob.class).withIdentity("due-schedules").storeDurably().build();
	}

	@Bean
	Trigger dueSchedulesTrigger(JobDetail dueSchedulesJob, ScheduleProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(dueSchedulesJob)
			.withIdentity("due-schedules")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.tick().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	@DisallowConcurrentExecution
	static class DueSchedulesJob extends QuartzJobBean {

		private static final Logger log = LoggerFactory.getLogger(DueSchedulesJob.class);

		private final DueSchedules dueSchedules;

		DueSchedulesJob(DueSchedules dueSchedules) {
			this.dueSchedules = dueSchedules;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			try {
				dueSchedules.run();
			}
			catch (RuntimeException ex) {
				log.error("Looking for due schedules failed; trying again at the next tick", ex);
			}
		}

	}

}
